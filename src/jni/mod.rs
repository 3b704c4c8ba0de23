//! JNI layer.
