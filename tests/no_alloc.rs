//! The lookup paths allocate nothing on the heap: category, info, name, describe
//! and code_for_exception of mapped names, built-in and registered, in every form.

use aws_error::{code_for_exception, info, register_exception, ErrorCode, Lang};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

struct Counting;

thread_local! {
    // Only this thread's allocations while `measure` runs are counted, so the
    // test harness's own threads cannot disturb the count.
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if ACTIVE.with(Cell::get) {
            COUNT.with(|c| c.set(c.get() + 1));
        }
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations(f: impl FnOnce()) -> usize {
    COUNT.with(|c| c.set(0));
    ACTIVE.with(|a| a.set(true));
    f();
    ACTIVE.with(|a| a.set(false));
    COUNT.with(Cell::get)
}

#[test]
fn lookups_do_not_allocate() {
    register_exception("com.acme.billing.InvoiceLockedException", 403).unwrap();
    let n = allocations(|| {
        for code in [400, 404, 456, 520, 600, 774, 800, -1, i32::MAX] {
            let c = ErrorCode::new(black_box(code));
            black_box(c.category());
            black_box(c.is_known());
            black_box(info(code));
            black_box(c.name(Lang::Zh));
            black_box(c.name(Lang::En));
            black_box(c.describe(Lang::Zh));
            black_box(c.describe(Lang::En));
        }
        for name in [
            "AWSForbiddenException",
            "com.actionsoft.exception.AWSObjectNotFindException",
            "com/actionsoft/exception/BPMNError",
            "io.github.awserror.AWSQuotaException",
            "com.acme.billing.InvoiceLockedException",
            "com/acme/billing/InvoiceLockedException",
            "java.lang.NullPointerException",
        ] {
            assert!(black_box(code_for_exception(black_box(name))).is_ok());
        }
        // The C chain entry point walks the caller's array twice instead of copying it.
        let chain = [
            c"com.acme.billing.InvoiceLockedException".as_ptr(),
            c"java.lang.Exception".as_ptr(),
        ];
        let code = unsafe { aws_error::ffi::aws_error_code_for_exception_chain(chain.as_ptr(), 2) };
        assert_eq!(black_box(code), 403);
    });
    assert_eq!(n, 0, "lookups allocated {n} times");
    // The counter does count: a registration of a new name allocates its node.
    let n = allocations(|| register_exception("com.acme.billing.Another", 404).unwrap());
    assert!(n > 0);
}

#[test]
fn reading_a_json_body_code_does_not_allocate() {
    let bodies: [&[u8]; 5] = [
        "{\"result\":\"error\",\"errorCode\":\"403\",\"msg\":\"流程已经挂起，操作被拒绝。\"}"
            .as_bytes(),
        b"  {\"msg\":\"x\",\"errorCode\":550,\"result\":\"error\",\"data\":[1,{\"k\":null}]}\n",
        b"{\"result\":\"error\",\"errorCode\":403.0}",
        b"{\"result\":\"ok\",\"data\":\"Hi, AWS PaaS!\"}",
        b"{\"result\":\"error\",\"errorCode\":\"ERR_WPLY\",\"msg\":\"biz\"}",
    ];
    let n = allocations(|| {
        for body in bodies {
            black_box(aws_error::response::error_code_of(black_box(body)).ok());
        }
    });
    assert_eq!(n, 0, "error_code_of allocated {n} times");
    // A string with escapes is decoded in the parser's one scratch buffer.
    let n = allocations(|| {
        let body = br#"{"result":"error","errorCode":"403","msg":"a\"b","x":"\n"}"#;
        assert_eq!(aws_error::response::error_code_of(black_box(body)), Ok(403));
    });
    assert!(n <= 1, "{n}");
}
