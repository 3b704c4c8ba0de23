package io.github.awserror;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue as Java sees it, against the error-code table (the specification). */
class CatalogueTest {
    /** code, name_zh, name_en, exceptions ("|"-separated), scope, inResponse, resendSafe, advice, source. */
    private static final Object[][] TABLE = {
        {400, "错误的参数请求", "Bad Request", "AWSIllegalArgumentException", Scope.SERVER, true, false, Advice.FIX_REQUEST, Source.TABLE},
        {401, "未授权被拒绝", "Unauthorized", "", Scope.WEB_LAYER, true, false, Advice.FIX_REQUEST, Source.TABLE},
        {403, "访问被拒绝", "Forbidden", "AWSForbiddenException", Scope.SERVER, true, false, Advice.DO_NOT_RETRY, Source.TABLE},
        {404, "找不到资源对象", "Not Find Resource", "AWSObjectNotFindException", Scope.SERVER, false, false, Advice.FIX_REQUEST, Source.TABLE},
        {405, "请求方法不允许", "Method Not Allowed", "", Scope.WEB_LAYER, false, false, Advice.FIX_REQUEST, Source.TABLE},
        {408, "资源请求超时", "Request Timeout", "", Scope.WEB_LAYER, false, false, Advice.RETRY_LATER, Source.TABLE},
        {409, "负载过重", "Server Overload", "", Scope.SERVER, false, false, Advice.RETRY_LATER, Source.PLATFORM_EXTRA},
        {410, "熔断", "Circuit-Breaker", "", Scope.SERVER, false, false, Advice.RETRY_LATER, Source.PLATFORM_EXTRA},
        {500, "内部错误", "Internal Server Error", "AWSException", Scope.SERVER, true, false, Advice.CHECK_AWS_LOG, Source.TABLE},
        {502, "重复的请求", "Duplicated request", "", Scope.SERVER, false, false, Advice.DO_NOT_RETRY, Source.PLATFORM_EXTRA},
        {503, "服务不可用", "Service Unavailable", "", Scope.SERVER, false, false, Advice.RETRY_LATER, Source.PLATFORM_EXTRA},
        {520, "引擎错误", "Engine Error", "AWSEngineException|AWSExpressionException", Scope.SERVER, false, false, Advice.CHECK_AWS_LOG, Source.TABLE},
        {521, "传输转换错误", "Transfer Error", "AWSTransferException", Scope.SERVER, false, false, Advice.CHECK_AWS_LOG, Source.TABLE},
        {530, "应用容器错误", "App Container Error", "AppContainerException", Scope.SERVER, false, false, Advice.CHECK_AWS_LOG, Source.TABLE},
        {540, "应用商店错误", "AppStore Error", "AppStoreException", Scope.SERVER, false, false, Advice.CHECK_AWS_LOG, Source.TABLE},
        {550, "业务错误", "BPMN Error", "BPMNError", Scope.SERVER, false, false, Advice.CONTACT_BUSINESS_DEVELOPER, Source.TABLE},
        {590, "AWS Instance Server连接失败", "AWS Instance Server Connection Failed", "", Scope.WEB_LAYER, false, true, Advice.CONTACT_ADMINISTRATOR, Source.TABLE},
        {591, "处理AWS Instance Server响应时发生错误", "AWS Instance Server Response Error", "", Scope.WEB_LAYER, false, true, Advice.CHECK_AWS_LOG, Source.TABLE},
        {760, "服务正在启动", "Instance Starting", "", Scope.SERVER, true, true, Advice.RETRY_LATER, Source.TABLE},
        {761, "服务正在关闭", "Instance Stoping", "", Scope.SERVER, true, true, Advice.DO_NOT_RETRY, Source.TABLE},
        {762, "服务脱机", "Instance Offline", "", Scope.SERVER, true, true, Advice.CONTACT_ADMINISTRATOR, Source.TABLE},
        {770, "应用正在启动", "App Starting", "", Scope.SERVER, true, true, Advice.RETRY_LATER, Source.TABLE},
        {771, "应用正在关闭", "App Stoping", "", Scope.SERVER, true, true, Advice.DO_NOT_RETRY, Source.TABLE},
        {772, "应用脱机", "App Offline", "", Scope.SERVER, true, true, Advice.CONTACT_ADMINISTRATOR, Source.TABLE},
        {773, "应用已卸载", "App Uninstall", "", Scope.SERVER, true, true, Advice.IGNORE_OR_RESTORE_APP, Source.TABLE},
        {774, "应用出错暂停", "App Failed", "", Scope.SERVER, true, true, Advice.CHECK_APP_LOG, Source.TABLE},
        {800, "许可配额限制", "Quota Limit", "AWSQuotaException", Scope.SERVER, true, true, Advice.CONTACT_ADMINISTRATOR, Source.TABLE},
    };

    @Test
    void everyEntryHasTheTablesValues() {
        List<ErrorInfo> all = AwsErrors.all();
        assertEquals(TABLE.length, all.size(), "27 entries: the table's 23 and the platform's 4");
        for (int i = 0; i < TABLE.length; i++) {
            Object[] row = TABLE[i];
            ErrorInfo e = all.get(i);
            int code = (Integer) row[0];
            assertEquals(code, e.code(), "ascending order");
            assertEquals(String.valueOf(code), e.apiErrorCode());
            assertEquals(row[1], e.nameZh(), "name_zh of " + code);
            assertEquals(row[2], e.nameEn(), "name_en of " + code);
            List<String> exceptions = ((String) row[3]).isEmpty()
                    ? new ArrayList<String>() : Arrays.asList(((String) row[3]).split("\\|"));
            assertEquals(exceptions, e.exceptions(), "exceptions of " + code);
            assertEquals(exceptions.isEmpty() ? null : exceptions.get(0), e.exception());
            assertEquals(row[4], e.scope(), "scope of " + code);
            assertEquals(row[5], e.inResponse(), "inResponse of " + code);
            assertEquals(row[6], e.resendSafe(), "resendSafe of " + code);
            assertEquals(row[7], e.advice(), "advice of " + code);
            assertEquals(row[8], e.source(), "source of " + code);
            assertEquals(AwsErrors.category(code), e.category());
            assertFalse(e.descriptionZh().isEmpty());
            assertFalse(e.descriptionEn().isEmpty());
            assertEquals(e.nameZh(), AwsErrors.name(code, Locale.SIMPLIFIED_CHINESE));
            assertEquals(e.nameEn(), AwsErrors.name(code, Locale.ENGLISH));
            assertEquals(e.descriptionZh(), AwsErrors.describe(code, Locale.CHINESE));
            assertEquals(e.descriptionEn(), AwsErrors.describe(code, Locale.US));
            assertTrue(AwsErrors.isKnown(code));
            assertEquals(e, AwsErrors.info(code).get());
        }
    }

    @Test
    void codesAreTheCataloguesAscending() {
        int[] expected = new int[TABLE.length];
        for (int i = 0; i < TABLE.length; i++) {
            expected[i] = (Integer) TABLE[i][0];
        }
        assertArrayEquals(expected, AwsErrors.codes());
    }

    @Test
    void descriptionsSayWhatToDo() {
        assertTrue(AwsErrors.describe(500, Locale.ENGLISH).contains("aws.log"));
        assertTrue(AwsErrors.describe(500, Locale.CHINA).contains("aws.log"));
        assertTrue(AwsErrors.describe(550, Locale.CHINA).contains("开发者"));
    }

    @Test
    void languageIsChineseOnlyForZh() {
        assertEquals("访问被拒绝", AwsErrors.name(403, Locale.TRADITIONAL_CHINESE));
        assertEquals("访问被拒绝", AwsErrors.name(403, new Locale("zh")));
        assertEquals("Forbidden", AwsErrors.name(403, Locale.FRENCH));
        assertEquals("Forbidden", AwsErrors.name(403, Locale.ROOT));
        assertEquals("Forbidden", AwsErrors.name(403, Locale.JAPANESE));
    }

    /** name and describe answer from the entries fetched once: the same as asking the core each time. */
    @Test
    void namesFromTheFetchedCatalogueEqualTheCoresAnswers() {
        for (int code = -2; code <= 1001; code++) {
            for (boolean zh : new boolean[] {true, false}) {
                Locale locale = zh ? Locale.CHINESE : Locale.ENGLISH;
                assertEquals(Native.name(code, zh), AwsErrors.name(code, locale), String.valueOf(code));
                assertEquals(Native.describe(code, zh), AwsErrors.describe(code, locale), String.valueOf(code));
            }
            assertEquals(Native.isKnown(code), AwsErrors.info(code).isPresent(), String.valueOf(code));
        }
    }

    @Test
    void unknownCodesGetTheFixedText() {
        for (int code : new int[] {0, 100, 402, 456, 600, 999, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertFalse(AwsErrors.isKnown(code), String.valueOf(code));
            assertEquals("unknown error code", AwsErrors.name(code, Locale.ENGLISH));
            assertEquals("未知错误码", AwsErrors.name(code, Locale.CHINESE));
            assertEquals("unknown error code", AwsErrors.describe(code, Locale.ENGLISH));
            assertEquals("未知错误码", AwsErrors.describe(code, Locale.CHINESE));
            assertFalse(AwsErrors.info(code).isPresent());
        }
    }

    @Test
    void nullLocaleIsRefused() {
        assertThrows(NullPointerException.class, () -> AwsErrors.name(403, null));
        assertThrows(NullPointerException.class, () -> AwsErrors.describe(403, null));
    }

    @Test
    void categoriesFollowTheFirstDigit() {
        assertEquals(Category.CLIENT, AwsErrors.category(400));
        assertEquals(Category.CLIENT, AwsErrors.category(456));
        assertEquals(Category.SERVER, AwsErrors.category(591));
        assertEquals(Category.AVAILABILITY, AwsErrors.category(774));
        assertEquals(Category.QUOTA, AwsErrors.category(800));
        for (int code : new int[] {100, 302, 600, 999, 99, 1000, 0, -400, Integer.MIN_VALUE}) {
            assertEquals(Category.INVALID, AwsErrors.category(code), String.valueOf(code));
        }
    }

    /** The Java enum is written out; it must be exactly the core's, names and values. */
    @Test
    void categoryEnumMatchesTheCore() {
        Set<Category> seen = EnumSet.noneOf(Category.class);
        // Twice: the second pass answers 100..999 from AwsErrors' cache.
        for (int pass = 0; pass < 2; pass++) {
            for (int code = -10; code <= 1010; code++) {
                Category c = AwsErrors.category(code);
                assertEquals(c.name(), Native.categoryName(code), "name of category of " + code);
                seen.add(c);
            }
        }
        assertEquals(EnumSet.allOf(Category.class), seen, "every Java constant is a core category");
        assertEquals(0, Category.INVALID.value());
        assertEquals(4, Category.CLIENT.value());
        assertEquals(5, Category.SERVER.value());
        assertEquals(7, Category.AVAILABILITY.value());
        assertEquals(8, Category.QUOTA.value());
    }

    /** Scope, Advice and Source come from the core by name: every Java constant must be used by it. */
    @Test
    void otherEnumsMatchTheCore() {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Set<Advice> advice = EnumSet.noneOf(Advice.class);
        Set<Source> sources = EnumSet.noneOf(Source.class);
        for (ErrorInfo e : AwsErrors.all()) {
            scopes.add(e.scope());
            advice.add(e.advice());
            sources.add(e.source());
        }
        assertEquals(EnumSet.allOf(Scope.class), scopes);
        assertEquals(EnumSet.allOf(Advice.class), advice);
        assertEquals(EnumSet.allOf(Source.class), sources);
    }

    @Test
    void entriesAreImmutable() {
        List<ErrorInfo> all = AwsErrors.all();
        assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> all.get(11).exceptions().clear());
        assertNull(AwsErrors.info(401).get().exception());
    }

    @Test
    void versionIsTheJars() {
        assertEquals("0.1.0", AwsErrors.version());
        assertEquals(Loader.jarVersion(), AwsErrors.version());
    }
}
