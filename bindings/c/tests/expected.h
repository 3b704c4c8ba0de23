/* The expected catalogue, written out by hand from the error-code table
 * (names, exception class, scope, ResponseObject, re-send safety) and
 * platform-facts.md (409/410/502/503). English names of 590, 591 and the four
 * extras, advice and source are this project's design (src/catalogue.rs). */
#ifndef AWS_ERROR_EXPECTED_H
#define AWS_ERROR_EXPECTED_H

#include "aws_error.h"

typedef struct Expected {
  int32_t code;
  AwsErrorCategory category;
  const char *name_zh;
  const char *name_en;
  const char *exception; /* NULL where the table names none */
  AwsErrorScope scope;
  bool in_response;
  bool resend_safe;
  AwsErrorAdvice advice;
  AwsErrorSource source;
} Expected;

#define C4 AWS_ERROR_CATEGORY_CLIENT
#define C5 AWS_ERROR_CATEGORY_SERVER
#define C7 AWS_ERROR_CATEGORY_AVAILABILITY
#define C8 AWS_ERROR_CATEGORY_QUOTA
#define SRV AWS_ERROR_SCOPE_SERVER
#define WEB AWS_ERROR_SCOPE_WEB_LAYER
#define TABLE AWS_ERROR_SOURCE_TABLE
#define EXTRA AWS_ERROR_SOURCE_PLATFORM_EXTRA

static const Expected EXPECTED[] = {
  {400, C4, "错误的参数请求", "Bad Request", "AWSIllegalArgumentException", SRV, true, false, AWS_ERROR_ADVICE_FIX_REQUEST, TABLE},
  {401, C4, "未授权被拒绝", "Unauthorized", NULL, WEB, true, false, AWS_ERROR_ADVICE_FIX_REQUEST, TABLE},
  {403, C4, "访问被拒绝", "Forbidden", "AWSForbiddenException", SRV, true, false, AWS_ERROR_ADVICE_DO_NOT_RETRY, TABLE},
  {404, C4, "找不到资源对象", "Not Find Resource", "AWSObjectNotFindException", SRV, false, false, AWS_ERROR_ADVICE_FIX_REQUEST, TABLE},
  {405, C4, "请求方法不允许", "Method Not Allowed", NULL, WEB, false, false, AWS_ERROR_ADVICE_FIX_REQUEST, TABLE},
  {408, C4, "资源请求超时", "Request Timeout", NULL, WEB, false, false, AWS_ERROR_ADVICE_RETRY_LATER, TABLE},
  {409, C4, "负载过重", "Server Overload", NULL, SRV, false, false, AWS_ERROR_ADVICE_RETRY_LATER, EXTRA},
  {410, C4, "熔断", "Circuit-Breaker", NULL, SRV, false, false, AWS_ERROR_ADVICE_RETRY_LATER, EXTRA},
  {500, C5, "内部错误", "Internal Server Error", "AWSException", SRV, true, false, AWS_ERROR_ADVICE_CHECK_AWS_LOG, TABLE},
  {502, C5, "重复的请求", "Duplicated request", NULL, SRV, false, false, AWS_ERROR_ADVICE_DO_NOT_RETRY, EXTRA},
  {503, C5, "服务不可用", "Service Unavailable", NULL, SRV, false, false, AWS_ERROR_ADVICE_RETRY_LATER, EXTRA},
  {520, C5, "引擎错误", "Engine Error", "AWSEngineException", SRV, false, false, AWS_ERROR_ADVICE_CHECK_AWS_LOG, TABLE},
  {521, C5, "传输转换错误", "Transfer Error", "AWSTransferException", SRV, false, false, AWS_ERROR_ADVICE_CHECK_AWS_LOG, TABLE},
  {530, C5, "应用容器错误", "App Container Error", "AppContainerException", SRV, false, false, AWS_ERROR_ADVICE_CHECK_AWS_LOG, TABLE},
  {540, C5, "应用商店错误", "AppStore Error", "AppStoreException", SRV, false, false, AWS_ERROR_ADVICE_CHECK_AWS_LOG, TABLE},
  {550, C5, "业务错误", "BPMN Error", "BPMNError", SRV, false, false, AWS_ERROR_ADVICE_CONTACT_BUSINESS_DEVELOPER, TABLE},
  {590, C5, "AWS Instance Server连接失败", "AWS Instance Server Connection Failed", NULL, WEB, false, true, AWS_ERROR_ADVICE_CONTACT_ADMINISTRATOR, TABLE},
  {591, C5, "处理AWS Instance Server响应时发生错误", "AWS Instance Server Response Error", NULL, WEB, false, true, AWS_ERROR_ADVICE_CHECK_AWS_LOG, TABLE},
  {760, C7, "服务正在启动", "Instance Starting", NULL, SRV, true, true, AWS_ERROR_ADVICE_RETRY_LATER, TABLE},
  {761, C7, "服务正在关闭", "Instance Stoping", NULL, SRV, true, true, AWS_ERROR_ADVICE_DO_NOT_RETRY, TABLE},
  {762, C7, "服务脱机", "Instance Offline", NULL, SRV, true, true, AWS_ERROR_ADVICE_CONTACT_ADMINISTRATOR, TABLE},
  {770, C7, "应用正在启动", "App Starting", NULL, SRV, true, true, AWS_ERROR_ADVICE_RETRY_LATER, TABLE},
  {771, C7, "应用正在关闭", "App Stoping", NULL, SRV, true, true, AWS_ERROR_ADVICE_DO_NOT_RETRY, TABLE},
  {772, C7, "应用脱机", "App Offline", NULL, SRV, true, true, AWS_ERROR_ADVICE_CONTACT_ADMINISTRATOR, TABLE},
  {773, C7, "应用已卸载", "App Uninstall", NULL, SRV, true, true, AWS_ERROR_ADVICE_IGNORE_OR_RESTORE_APP, TABLE},
  {774, C7, "应用出错暂停", "App Failed", NULL, SRV, true, true, AWS_ERROR_ADVICE_CHECK_APP_LOG, TABLE},
  {800, C8, "许可配额限制", "Quota Limit", "AWSQuotaException", SRV, true, true, AWS_ERROR_ADVICE_CONTACT_ADMINISTRATOR, TABLE},
};

#define EXPECTED_COUNT (sizeof EXPECTED / sizeof EXPECTED[0])

/* The table's exception classes and their codes (520 names two). */
typedef struct BuiltinClass {
  const char *simple;
  int32_t code;
} BuiltinClass;

static const BuiltinClass BUILTINS[] = {
  {"AWSIllegalArgumentException", 400}, {"AWSForbiddenException", 403},
  {"AWSObjectNotFindException", 404},   {"AWSException", 500},
  {"AWSEngineException", 520},          {"AWSExpressionException", 520},
  {"AWSTransferException", 521},        {"AppContainerException", 530},
  {"AppStoreException", 540},           {"BPMNError", 550},
  {"AWSQuotaException", 800},
};

#define BUILTIN_COUNT (sizeof BUILTINS / sizeof BUILTINS[0])

#endif
