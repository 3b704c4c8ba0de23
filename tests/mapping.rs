//! Exception → code rules: built-ins, packages, name forms, chain rule, registry.

use aws_error::{code_for_exception, code_for_exception_chain, register_exception, Error};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

const BUILTINS: &[(&str, i32)] = &[
    ("AWSIllegalArgumentException", 400),
    ("AWSForbiddenException", 403),
    ("AWSObjectNotFindException", 404),
    ("AWSException", 500),
    ("AWSEngineException", 520),
    ("AWSExpressionException", 520),
    ("AWSTransferException", 521),
    ("AppContainerException", 530),
    ("AppStoreException", 540),
    ("BPMNError", 550),
    ("AWSQuotaException", 800),
];

#[test]
fn builtins_in_every_accepted_form() {
    for &(simple, code) in BUILTINS {
        for name in [
            simple.to_string(),
            format!("com.actionsoft.exception.{simple}"),
            format!("com/actionsoft/exception/{simple}"),
            format!("io.github.awserror.{simple}"),
            format!("io/github/awserror/{simple}"),
        ] {
            assert_eq!(code_for_exception(&name), Ok(code), "{name}");
        }
    }
}

#[test]
fn same_simple_name_elsewhere_is_not_builtin() {
    assert_eq!(
        code_for_exception("com.other.AWSForbiddenException"),
        Ok(500)
    );
    assert_eq!(
        code_for_exception("com.actionsoft.AWSForbiddenException"),
        Ok(500)
    );
    assert_eq!(
        code_for_exception("com.actionsoft.exception.sub.BPMNError"),
        Ok(500)
    );
    // A nested class whose simple name happens to end like a built-in is not one.
    assert_eq!(
        code_for_exception("com.actionsoft.exception.Outer$AWSForbiddenException"),
        Ok(500)
    );
}

#[test]
fn unmapped_names_give_500() {
    for n in [
        "java.lang.NullPointerException",
        "java/lang/IllegalStateException",
        "com.actionsoft.exception.AWSDataAccessException",
        "com.a.Outer$Inner",
        "Outer$1",
        "RuntimeException",
    ] {
        assert_eq!(code_for_exception(n), Ok(500), "{n}");
    }
}

#[test]
fn malformed_names_are_rejected() {
    assert_eq!(code_for_exception(""), Err(Error::Empty));
    for bad in [
        "com..B",
        ".B",
        "B.",
        "com/a.B",
        "com a.B",
        "1com.B",
        "com.1B",
        "a\0b",
        "[Lcom.a.B;",
        "com.a.B\n",
        "/",
    ] {
        assert_eq!(
            code_for_exception(bad),
            Err(Error::MalformedName),
            "{bad:?}"
        );
    }
    let long = "a".repeat(65_536);
    assert_eq!(code_for_exception(&long), Err(Error::TooLong));
    let max = "a".repeat(65_535);
    assert_eq!(code_for_exception(&max), Ok(500));
    // Non-ASCII identifiers are Java identifiers too.
    assert_eq!(code_for_exception("com.例子.业务异常"), Ok(500));
}

#[test]
fn chain_answers_with_the_first_mapped_name() {
    let chain = [
        "com.acme.ChainLeaf",
        "com.acme.ChainBase",
        "com.actionsoft.exception.AWSForbiddenException",
        "com.actionsoft.exception.AWSException",
        "java.lang.RuntimeException",
    ];
    assert_eq!(code_for_exception_chain(chain), Ok(403));
    assert_eq!(
        code_for_exception_chain(["com.acme.Plain", "com.actionsoft.exception.AWSException"]),
        Ok(500)
    );
    assert_eq!(
        code_for_exception_chain([
            "java.lang.IllegalStateException",
            "java.lang.RuntimeException"
        ]),
        Ok(500)
    );
    assert_eq!(code_for_exception_chain([]), Ok(500));
    // A malformed entry anywhere is reported, even after a mapped one.
    assert_eq!(
        code_for_exception_chain(["AWSForbiddenException", "com..B"]),
        Err(Error::MalformedName)
    );
    register_exception("com.acme.ChainBase", 456).unwrap();
    assert_eq!(code_for_exception_chain(chain), Ok(456));
}

#[test]
fn register_validates_and_replaces() {
    assert_eq!(register_exception("com.acme.RegOne", 456), Ok(()));
    assert_eq!(code_for_exception("com.acme.RegOne"), Ok(456));
    assert_eq!(code_for_exception("com/acme/RegOne"), Ok(456));
    // The simple name alone is a different class name.
    assert_eq!(code_for_exception("RegOne"), Ok(500));
    assert_eq!(register_exception("com/acme/RegOne", 774), Ok(()));
    assert_eq!(code_for_exception("com.acme.RegOne"), Ok(774));
    for bad_code in [600, 999, 100, 0, -1, 1000, 99, i32::MAX] {
        assert_eq!(
            register_exception("com.acme.RegTwo", bad_code),
            Err(Error::CodeOutOfRange)
        );
    }
    assert_eq!(code_for_exception("com.acme.RegTwo"), Ok(500));
    for builtin in [
        "AWSForbiddenException",
        "com.actionsoft.exception.AWSException",
        "io/github/awserror/BPMNError",
    ] {
        assert_eq!(
            register_exception(builtin, 456),
            Err(Error::BuiltinRemap),
            "{builtin}"
        );
    }
    assert_eq!(code_for_exception("AWSForbiddenException"), Ok(403));
    // Not a built-in: another package.
    assert_eq!(
        register_exception("com.elsewhere.AWSForbiddenException", 499),
        Ok(())
    );
    assert_eq!(
        code_for_exception("com.elsewhere.AWSForbiddenException"),
        Ok(499)
    );
    assert_eq!(register_exception("com..X", 456), Err(Error::MalformedName));
    assert_eq!(register_exception("", 456), Err(Error::Empty));
}

#[test]
fn registered_names_are_found_before_validation_only_when_exact() {
    // Registered names in binary form are looked up before being validated; these
    // check that nothing but an exact, valid, registered name is answered that way.
    // The two names differ only in the middle, where the name hash does not look,
    // so they share a bucket and the walk must compare whole names.
    let a = "com.acme.fastpath.alpha.SharedBucketException";
    let b = "com.acme.fastpath.bravo.SharedBucketException";
    register_exception(a, 456).unwrap();
    register_exception(b, 457).unwrap();
    assert_eq!(code_for_exception(a), Ok(456));
    assert_eq!(code_for_exception(b), Ok(457));
    assert_eq!(code_for_exception(&a.replace('.', "/")), Ok(456));
    assert_eq!(
        code_for_exception("com.acme.fastpath.charlie.SharedBucketException"),
        Ok(500)
    );
    for bad in [
        "com/acme.fastpath.alpha.SharedBucketException",
        "com.acme.fastpath.alpha.SharedBucketException.",
        ".com.acme.fastpath.alpha.SharedBucketException",
        "com.acme.fastpath..alpha.SharedBucketException",
    ] {
        assert_eq!(code_for_exception(bad), Err(Error::MalformedName), "{bad}");
    }
    // Built-ins keep their codes with registrations present.
    assert_eq!(code_for_exception("AWSForbiddenException"), Ok(403));
    assert_eq!(
        code_for_exception("com/actionsoft/exception/AWSObjectNotFindException"),
        Ok(404)
    );
}

#[test]
fn lookups_run_while_another_thread_registers() {
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut i = 0u32;
            while !stop.load(Ordering::Relaxed) && i < 5_000 {
                register_exception(&format!("com.acme.conc.E{i}"), 400 + (i % 100) as i32).unwrap();
                i += 1;
            }
            i
        })
    };
    let readers: Vec<_> = (0..4)
        .map(|_| {
            std::thread::spawn(|| {
                for _ in 0..20_000 {
                    assert_eq!(
                        code_for_exception("com.actionsoft.exception.AWSQuotaException"),
                        Ok(800)
                    );
                    assert_eq!(code_for_exception("java.lang.Error"), Ok(500));
                }
            })
        })
        .collect();
    for r in readers {
        r.join().unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    let n = writer.join().unwrap();
    for i in 0..n {
        assert_eq!(
            code_for_exception(&format!("com.acme.conc.E{i}")),
            Ok(400 + (i % 100) as i32)
        );
    }
}
