//! The aws.log error journal. See issue 4.
