//! The catalogue: every AWS PaaS error code, defined once.
//!
//! This table is the single source of truth. The C header's `AwsErrorInfo` array,
//! the CLI's `list`, the Java `ErrorInfo` views and the README's table are all
//! derived from it. A new code is one new row here and nothing else.
//!
//! `name_zh` / `name_en` are the platform's identifiers, kept verbatim from the
//! error-code table (typos such as "Not Find Resource" and "Stoping" included).
//! Descriptions are ours.

/// The kind of error, given by the first digit of a three-digit code.
///
/// The discriminants are the C ABI values (`AWS_ERROR_CATEGORY_*`).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// Not a three-digit code starting with 4, 5, 7 or 8.
    Invalid = 0,
    /// 4xx: the request is wrong.
    Client = 4,
    /// 5xx: the server failed.
    Server = 5,
    /// 7xx: the instance or the app is not available.
    Availability = 7,
    /// 8xx: licence quota and other limits.
    Quota = 8,
}

/// Where the code is produced.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Raised by the server; Java code sees it through `getAPIErrorCode()`.
    Server = 0,
    /// Only produced by the SOAP/REST web layer, never by server-side exceptions.
    WebLayer = 1,
}

/// What the caller should do about an error.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Advice {
    /// Wait and send the request again.
    RetryLater = 0,
    /// Do not send the request again.
    DoNotRetry = 1,
    /// Correct the request (arguments, session, method) before sending it again.
    FixRequest = 2,
    /// Look at the server's `aws.log` for the details.
    CheckAwsLog = 3,
    /// Ask the system administrator.
    ContactAdministrator = 4,
    /// Ask the developer of the business process.
    ContactBusinessDeveloper = 5,
    /// Look at the app's own log, fix the cause and start the app again.
    CheckAppLog = 6,
    /// Ignore it, or restore the uninstalled app.
    IgnoreOrRestoreApp = 7,
}

/// Where an entry comes from.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// The platform's error-code table (the specification).
    Table = 0,
    /// Defined by newer platform versions in `APIErrorCode`, absent from the table.
    PlatformExtra = 1,
}

impl Category {
    /// Lower-case English word: "invalid", "client", "server", "availability", "quota".
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Invalid => "invalid",
            Category::Client => "client",
            Category::Server => "server",
            Category::Availability => "availability",
            Category::Quota => "quota",
        }
    }
}

impl Scope {
    /// "server" or "web_layer".
    pub const fn as_str(self) -> &'static str {
        match self {
            Scope::Server => "server",
            Scope::WebLayer => "web_layer",
        }
    }
}

impl Advice {
    /// Snake-case identifier, e.g. "retry_later", "check_aws_log".
    pub const fn as_str(self) -> &'static str {
        match self {
            Advice::RetryLater => "retry_later",
            Advice::DoNotRetry => "do_not_retry",
            Advice::FixRequest => "fix_request",
            Advice::CheckAwsLog => "check_aws_log",
            Advice::ContactAdministrator => "contact_administrator",
            Advice::ContactBusinessDeveloper => "contact_business_developer",
            Advice::CheckAppLog => "check_app_log",
            Advice::IgnoreOrRestoreApp => "ignore_or_restore_app",
        }
    }
}

impl Source {
    /// "table" or "platform_extra".
    pub const fn as_str(self) -> &'static str {
        match self {
            Source::Table => "table",
            Source::PlatformExtra => "platform_extra",
        }
    }
}

/// One catalogue entry. Every string is stored with a trailing NUL so the C ABI
/// can hand out pointers to it without copying; the accessors strip it.
#[derive(Debug)]
pub struct ErrorInfo {
    pub(crate) code: i32,
    pub(crate) name_zh: &'static str,
    pub(crate) name_en: &'static str,
    pub(crate) description_zh: &'static str,
    pub(crate) description_en: &'static str,
    /// The table's exception classes (simple names), first one first; empty where it names none.
    pub(crate) exceptions: &'static [&'static str],
    pub(crate) scope: Scope,
    pub(crate) in_response: bool,
    pub(crate) resend_safe: bool,
    pub(crate) advice: Advice,
    pub(crate) source: Source,
}

/// Strips the trailing NUL that every stored string carries.
#[inline]
fn text(s: &'static str) -> &'static str {
    &s[..s.len() - 1]
}

impl ErrorInfo {
    /// The three-digit code.
    #[inline]
    pub fn code(&self) -> i32 {
        self.code
    }
    /// The category (first digit).
    #[inline]
    pub fn category(&self) -> Category {
        crate::code::category_of(self.code)
    }
    /// The table's Chinese name, verbatim.
    #[inline]
    pub fn name_zh(&self) -> &'static str {
        text(self.name_zh)
    }
    /// The table's English name, verbatim where the table gives one.
    #[inline]
    pub fn name_en(&self) -> &'static str {
        text(self.name_en)
    }
    /// When it happens and what to do, in Chinese.
    #[inline]
    pub fn description_zh(&self) -> &'static str {
        text(self.description_zh)
    }
    /// When it happens and what to do, in English.
    #[inline]
    pub fn description_en(&self) -> &'static str {
        text(self.description_en)
    }
    /// The simple name of the table's (first) exception class, if it names one.
    #[inline]
    pub fn exception(&self) -> Option<&'static str> {
        self.exceptions.first().map(|s| text(s))
    }
    /// Every exception class the table names for this code (520 has two).
    pub fn exceptions(&self) -> impl ExactSizeIterator<Item = &'static str> {
        self.exceptions.iter().map(|s| text(s))
    }
    /// Server, or web layer only.
    #[inline]
    pub fn scope(&self) -> Scope {
        self.scope
    }
    /// Whether the table says the code is returned in the ResponseObject.
    #[inline]
    pub fn in_response(&self) -> bool {
        self.in_response
    }
    /// Whether the request was not executed, so sending it again cannot apply it twice.
    #[inline]
    pub fn resend_safe(&self) -> bool {
        self.resend_safe
    }
    /// What the caller should do.
    #[inline]
    pub fn advice(&self) -> Advice {
        self.advice
    }
    /// The table, or a platform extra.
    #[inline]
    pub fn source(&self) -> Source {
        self.source
    }
}

macro_rules! catalogue {
    ($(
        $code:literal {
            zh: $zh:literal, en: $en:literal,
            exception: [$($exc:literal),*], scope: $scope:ident, response: $resp:literal,
            resend_safe: $safe:literal, advice: $advice:ident, source: $source:ident,
            desc_zh: $dzh:literal,
            desc_en: $den:literal $(,)?
        }
    )*) => {
        /// All entries, in ascending code order.
        pub(crate) const ENTRIES: &[ErrorInfo] = &[$(
            ErrorInfo {
                code: $code,
                name_zh: concat!($zh, "\0"),
                name_en: concat!($en, "\0"),
                description_zh: concat!($dzh, "\0"),
                description_en: concat!($den, "\0"),
                exceptions: &[$(concat!($exc, "\0")),*],
                scope: Scope::$scope,
                in_response: $resp,
                resend_safe: $safe,
                advice: Advice::$advice,
                source: Source::$source,
            },
        )*];
    };
}

catalogue! {
    400 { zh: "错误的参数请求", en: "Bad Request",
          exception: ["AWSIllegalArgumentException"], scope: Server, response: true,
          resend_safe: false, advice: FixRequest, source: Table,
          desc_zh: "请求缺少必需的参数，或某个参数的取值格式不对。请对照接口文档逐项核对参数后再发送。",
          desc_en: "A required argument is missing or an argument has the wrong format. Check each argument against the API documentation, then send the request again." }
    401 { zh: "未授权被拒绝", en: "Unauthorized",
          exception: [], scope: WebLayer, response: true,
          resend_safe: false, advice: FixRequest, source: Table,
          desc_zh: "会话无效或鉴权未通过，只由SOAP/REST接口的Web层给出。请重新登录或更正凭据后再请求。",
          desc_en: "The session is invalid or authentication failed; only the SOAP/REST web layer returns this. Sign in again or correct the credentials before retrying." }
    403 { zh: "访问被拒绝", en: "Forbidden",
          exception: ["AWSForbiddenException"], scope: Server, response: true,
          resend_safe: false, advice: DoNotRetry, source: Table,
          desc_zh: "请求本身合法，但该操作不被允许，例如目标任务已经结束。重复发送不会改变结果，不要重试。",
          desc_en: "The request is well formed but the operation is not permitted, for example the task has already finished. Sending it again will not help." }
    404 { zh: "找不到资源对象", en: "Not Find Resource",
          exception: ["AWSObjectNotFindException"], scope: Server, response: false,
          resend_safe: false, advice: FixRequest, source: Table,
          desc_zh: "要访问的对象不存在，例如任务实例已被删除或账户不存在。请确认标识是否正确。",
          desc_en: "The object asked for does not exist, for example a deleted task instance or an unknown account. Check the identifier." }
    405 { zh: "请求方法不允许", en: "Method Not Allowed",
          exception: [], scope: WebLayer, response: false,
          resend_safe: false, advice: FixRequest, source: Table,
          desc_zh: "用了资源不支持的HTTP方法，例如用GET调用只接受POST的操作；只由REST接口的Web层给出。请改用正确的方法。",
          desc_en: "The resource does not accept this HTTP method, such as GET on a POST-only operation; only the REST web layer returns this. Use the right method." }
    408 { zh: "资源请求超时", en: "Request Timeout",
          exception: [], scope: WebLayer, response: false,
          resend_safe: false, advice: RetryLater, source: Table,
          desc_zh: "在等待时限内没有连上AWS服务器或没有得到结果；只由SOAP/REST接口的Web层给出。请稍后再试，并确认请求是否已生效。",
          desc_en: "No connection to the AWS server, or no answer, within the time limit; only the SOAP/REST web layer returns this. Try again later and check whether the request took effect." }
    409 { zh: "负载过重", en: "Server Overload",
          exception: [], scope: Server, response: false,
          resend_safe: false, advice: RetryLater, source: PlatformExtra,
          desc_zh: "服务器当前负载过高，暂时无法处理请求。请稍后再试，并降低请求频率。",
          desc_en: "The server is too busy to take the request right now. Try again later and slow down." }
    410 { zh: "熔断", en: "Circuit-Breaker",
          exception: [], scope: Server, response: false,
          resend_safe: false, advice: RetryLater, source: PlatformExtra,
          desc_zh: "熔断器已打开，调用被直接拒绝以保护服务。等熔断恢复后再请求。",
          desc_en: "A circuit breaker is open and rejects calls to protect the service. Try again once it has closed." }
    500 { zh: "内部错误", en: "Internal Server Error",
          exception: ["AWSException"], scope: Server, response: true,
          resend_safe: false, advice: CheckAwsLog, source: Table,
          desc_zh: "服务器处理请求时出现内部错误；没有自有错误码的AWS异常和一切被捕获的JDK或第三方异常都归为此码。详情见aws.log。",
          desc_en: "The server hit an internal failure. Every AWS exception without a code of its own, and every JDK or third-party exception caught, ends here. See aws.log for details." }
    502 { zh: "重复的请求", en: "Duplicated request",
          exception: [], scope: Server, response: false,
          resend_safe: false, advice: DoNotRetry, source: PlatformExtra,
          desc_zh: "服务器认定这是一次已经收到过的重复请求，不会再次处理。不要重发。",
          desc_en: "The server recognised the request as one it has already received and will not process it again. Do not resend it." }
    503 { zh: "服务不可用", en: "Service Unavailable",
          exception: [], scope: Server, response: false,
          resend_safe: false, advice: RetryLater, source: PlatformExtra,
          desc_zh: "服务暂时无法提供。请稍后再试。",
          desc_en: "The service cannot be reached for the moment. Try again later." }
    520 { zh: "引擎错误", en: "Engine Error",
          exception: ["AWSEngineException", "AWSExpressionException"], scope: Server, response: false,
          resend_safe: false, advice: CheckAwsLog, source: Table,
          desc_zh: "流程引擎、表单引擎等引擎或表达式计算出错。详情见aws.log。",
          desc_en: "An engine (process, form, ...) or an expression evaluation failed. See aws.log for details." }
    521 { zh: "传输转换错误", en: "Transfer Error",
          exception: ["AWSTransferException"], scope: Server, response: false,
          resend_safe: false, advice: CheckAwsLog, source: Table,
          desc_zh: "导入、导出或格式转换时出错。详情见aws.log。",
          desc_en: "An import, an export or a format conversion failed. See aws.log for details." }
    530 { zh: "应用容器错误", en: "App Container Error",
          exception: ["AppContainerException"], scope: Server, response: false,
          resend_safe: false, advice: CheckAwsLog, source: Table,
          desc_zh: "PaaS应用容器内部出错。详情见aws.log。",
          desc_en: "The PaaS app container failed. See aws.log for details." }
    540 { zh: "应用商店错误", en: "AppStore Error",
          exception: ["AppStoreException"], scope: Server, response: false,
          resend_safe: false, advice: CheckAwsLog, source: Table,
          desc_zh: "PaaS与应用商店交互时出错。详情见aws.log。",
          desc_en: "Talking to the AppStore failed. See aws.log for details." }
    550 { zh: "业务错误", en: "BPMN Error",
          exception: ["BPMNError"], scope: Server, response: false,
          resend_safe: false, advice: ContactBusinessDeveloper, source: Table,
          desc_zh: "流程中的业务代码主动抛出了BPMNError，其中带有业务自己的错误码。请联系该业务的开发者。",
          desc_en: "Business code in a process threw a BPMNError carrying its own business code. Ask the developer of that business process." }
    590 { zh: "AWS Instance Server连接失败", en: "AWS Instance Server Connection Failed",
          exception: [], scope: WebLayer, response: false,
          resend_safe: true, advice: ContactAdministrator, source: Table,
          desc_zh: "Web层无法与AWS服务器建立连接，可能服务已停止或两者之间网络中断。请求未被执行，可安全重发；请联系管理员。",
          desc_en: "The web layer could not connect to the AWS server: the service may be stopped or the network between them down. The request was not executed and may be resent; contact the administrator." }
    591 { zh: "处理AWS Instance Server响应时发生错误", en: "AWS Instance Server Response Error",
          exception: [], scope: WebLayer, response: false,
          resend_safe: true, advice: CheckAwsLog, source: Table,
          desc_zh: "连接已建立，但在等待或处理AWS服务器的响应时出错。详情见aws.log。",
          desc_en: "The connection was made but waiting for or handling the AWS server's answer failed. See aws.log for details." }
    760 { zh: "服务正在启动", en: "Instance Starting",
          exception: [], scope: Server, response: true,
          resend_safe: true, advice: RetryLater, source: Table,
          desc_zh: "AWS实例仍在启动，尚不能处理请求。请求未被执行，请稍后再试。",
          desc_en: "The AWS instance is still starting and cannot serve yet. The request was not executed; try again shortly." }
    761 { zh: "服务正在关闭", en: "Instance Stoping",
          exception: [], scope: Server, response: true,
          resend_safe: true, advice: DoNotRetry, source: Table,
          desc_zh: "AWS实例正在关闭。请求未被执行；不要反复请求，实例即将停止。",
          desc_en: "The AWS instance is shutting down. The request was not executed; do not keep sending it, the instance is going away." }
    762 { zh: "服务脱机", en: "Instance Offline",
          exception: [], scope: Server, response: true,
          resend_safe: true, advice: ContactAdministrator, source: Table,
          desc_zh: "实例在运行，但运维人员暂停了对客户端的响应。请求未被执行；请联系系统管理员。",
          desc_en: "The instance is running but an operator has paused client service. The request was not executed; contact the system administrator." }
    770 { zh: "应用正在启动", en: "App Starting",
          exception: [], scope: Server, response: true,
          resend_safe: true, advice: RetryLater, source: Table,
          desc_zh: "所访问的应用仍在启动。请求未被执行，请稍后再试。",
          desc_en: "The app is still starting. The request was not executed; try again shortly." }
    771 { zh: "应用正在关闭", en: "App Stoping",
          exception: [], scope: Server, response: true,
          resend_safe: true, advice: DoNotRetry, source: Table,
          desc_zh: "所访问的应用正在关闭。请求未被执行；不要反复请求，应用即将停止。",
          desc_en: "The app is shutting down. The request was not executed; do not keep sending it, the app is going away." }
    772 { zh: "应用脱机", en: "App Offline",
          exception: [], scope: Server, response: true,
          resend_safe: true, advice: ContactAdministrator, source: Table,
          desc_zh: "应用已就绪，但它依赖的应用未安装或已暂停，或应用未获授权、未订阅。请求未被执行；排除原因后再启动该应用。",
          desc_en: "The app is ready but an app it depends on is missing or paused, or the app is not licensed or subscribed. The request was not executed; remove the cause, then start the app again." }
    773 { zh: "应用已卸载", en: "App Uninstall",
          exception: [], scope: Server, response: true,
          resend_safe: true, advice: IgnoreOrRestoreApp, source: Table,
          desc_zh: "所访问的应用已被卸载。请求未被执行；可以忽略，或在应用管理中恢复该应用。",
          desc_en: "The app has been uninstalled. The request was not executed; ignore it, or restore the app from app management." }
    774 { zh: "应用出错暂停", en: "App Failed",
          exception: [], scope: Server, response: true,
          resend_safe: true, advice: CheckAppLog, source: Table,
          desc_zh: "应用启动失败后被暂停。请求未被执行；请查看该应用的日志，排除问题后再启动它。",
          desc_en: "The app failed to start and was suspended. The request was not executed; read the app's log, fix the cause and start it again." }
    800 { zh: "许可配额限制", en: "Quota Limit",
          exception: ["AWSQuotaException"], scope: Server, response: true,
          resend_safe: true, advice: ContactAdministrator, source: Table,
          desc_zh: "超出了许可证允许的配额，例如注册用户数或并发数。请求未被执行；请联系管理员调整许可。",
          desc_en: "A licence quota was exceeded, such as the number of registered users or concurrent requests. The request was not executed; ask the administrator about the licence." }
}

/// Index into [`ENTRIES`] for every code from [`FIRST`] to [`LAST`]; `NONE` where unknown.
/// Built at compile time so a lookup is one bounds check and one load.
const FIRST: i32 = 400;
const LAST: i32 = 899;
const NONE: u8 = u8::MAX;
const INDEX: [u8; (LAST - FIRST + 1) as usize] = {
    let mut index = [NONE; (LAST - FIRST + 1) as usize];
    let mut i = 0;
    while i < ENTRIES.len() {
        let code = ENTRIES[i].code;
        assert!(
            code >= FIRST && code <= LAST,
            "catalogue code out of index range"
        );
        assert!(
            i == 0 || ENTRIES[i - 1].code < code,
            "catalogue must be in ascending order"
        );
        index[(code - FIRST) as usize] = i as u8;
        i += 1;
    }
    index
};

/// The position of `code` in [`ENTRIES`], if it is known.
#[inline]
pub(crate) fn position(code: i32) -> Option<usize> {
    let slot = code.wrapping_sub(FIRST);
    if !(0..=LAST - FIRST).contains(&slot) {
        return None;
    }
    match INDEX[slot as usize] {
        NONE => None,
        i => Some(i as usize),
    }
}

/// The whole catalogue, ascending by code.
#[inline]
pub fn all() -> &'static [ErrorInfo] {
    ENTRIES
}

/// The entry for `code`, or `None` when the code is not in the catalogue.
#[inline]
pub fn info(code: i32) -> Option<&'static ErrorInfo> {
    // `get`, not indexing: no panic path, so callers keep no unwinding cleanup.
    position(code).and_then(|i| ENTRIES.get(i))
}
