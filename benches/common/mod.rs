//! Inputs shared by the criterion benchmark and the callgrind profile, so both
//! measure the same names.

/// 60 bytes, binary form, mapped by registration.
pub const NAME_60: &str = "com.acme.enterprise.billing.service.InvoiceLockedException12";

/// A class and its superclasses, most specific first: the fourth is the first mapped.
pub const CHAIN: [&str; 6] = [
    "com.acme.app.TaskLockedException",
    "com.acme.app.BaseTaskException",
    "com.acme.app.AppException",
    "com.actionsoft.exception.AWSForbiddenException",
    "com.actionsoft.exception.AWSException",
    "java.lang.RuntimeException",
];
