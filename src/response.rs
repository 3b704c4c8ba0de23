//! ResponseObject bodies (JSON, XML). See issue 4.
