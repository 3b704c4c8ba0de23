//! The aws.log journal for Java. A handle is a `Box<Journal>` as a `long`; Java's
//! `ErrorJournal` guarantees it is closed once and never used during or after close.
//! I/O failures are returned (0 handle, `Error::Io`) so Java can throw
//! `UncheckedIOException`, which JNI cannot construct directly.

use super::text::{required, utf16_lossy, with_utf8};
use super::{call, Failure};
use crate::error::Error;
use crate::journal::{self, Journal};
use jni::objects::{JClass, JObject, JString};
use jni::sys::{jint, jlong, jstring};
use jni::JNIEnv;
use std::path::Path;

/// `Native.journalOpen(String path, long maxBytes, int backups)`: a handle, or 0
/// when the file cannot be opened (I/O).
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_journalOpen<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    path: JString<'local>,
    max_bytes: jlong,
    backups: jint,
) -> jlong {
    call(&mut env, 0, |env| {
        let path = required(env, &path, "path")?;
        let (Ok(max_bytes), Ok(backups)) = (u64::try_from(max_bytes), u32::try_from(backups))
        else {
            return Err(Failure::Invalid(format!(
                "maxBytes {max_bytes} and backups {backups} must not be negative"
            )));
        };
        match Journal::open_with(&path, max_bytes, backups) {
            Ok(j) => Ok(Box::into_raw(Box::new(j)) as jlong),
            Err(Error::Io) => Ok(0),
            Err(e) => Err(Failure::core(e, format!("cannot open journal {path}"))),
        }
    })
}

/// `Native.journalWrite(long, int, String, String, String)`: 0, or `Error::Io`'s
/// number; null strings are written as "".
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_journalWrite<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    handle: jlong,
    code: jint,
    exception: JString<'local>,
    msg: JString<'local>,
    detail: JString<'local>,
) -> jint {
    call(&mut env, 0, |env| {
        // SAFETY: 0 or a live handle from journalOpen, not closed while this runs
        // (ErrorJournal's read-write lock).
        let journal = unsafe { (handle as *const Journal).as_ref() }
            .ok_or(Failure::NullArgument("journal handle"))?;
        // Each string is transcoded into a buffer of its own (on the stack when
        // short) and written from there: no owned copies on the hot path.
        let written = with_utf8(env, &exception, |env, exception| {
            with_utf8(env, &msg, |env, msg| {
                with_utf8(env, &detail, |_, detail| {
                    let (exception, msg) = (exception.unwrap_or(""), msg.unwrap_or(""));
                    journal.write(code, exception, msg, detail.unwrap_or(""))
                })
            })
        })???;
        match written {
            Ok(()) => Ok(0),
            Err(Error::Io) => Ok(Error::Io.code()),
            Err(e) => Err(Failure::core(e, format!("cannot record code {code}"))),
        }
    })
}

/// `Native.journalClose(long)`: 0 is a no-op.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_journalClose<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    handle: jlong,
) {
    call(&mut env, (), |_| {
        if handle != 0 {
            // SAFETY: from Box::into_raw in journalOpen; ErrorJournal closes it once,
            // after every write through it has returned.
            drop(unsafe { Box::from_raw(handle as *mut Journal) });
        }
        Ok(())
    })
}

/// `Native.journalPath(String logsDir, String instance)`: `<logs>/<instance>.log`,
/// or `<logs>/aws.log` for a null or empty instance.
#[no_mangle]
pub extern "system" fn Java_io_github_awserror_Native_journalPath<'local>(
    mut env: JNIEnv<'local>,
    _native: JClass<'local>,
    logs_dir: JString<'local>,
    instance: JString<'local>,
) -> jstring {
    call(&mut env, JObject::null().into_raw(), |env| {
        let dir = required(env, &logs_dir, "logsDir")?;
        let instance = utf16_lossy(env, &instance)?;
        let path = journal::journal_path(Path::new(&dir), instance.as_deref()).map_err(|e| {
            Failure::core(
                e,
                format!("instance name '{}'", instance.unwrap_or_default()),
            )
        })?;
        // From UTF-8 strings only, so the path is UTF-8.
        Ok(env.new_string(path.to_string_lossy())?.into_raw())
    })
}
