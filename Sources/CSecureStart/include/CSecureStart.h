#ifndef C_SECURE_START_H
#define C_SECURE_START_H

#include <sys/types.h>

/// 1 when the process runs with privilege it did not start with (AT_SECURE, or real and
/// effective ids differ).
int rd_process_is_set_id(void);

/// 1 when a set-id run keeps the environment variable NAME with VALUE.
int rd_environment_keeps(const char *name, const char *value);

/// Replaces the environment by the kept variables and PATH=/usr/bin:/bin.
void rd_scrub_environment(void);

/// setresuid/setresgid, which Swift's Glibc module leaves out (they need _GNU_SOURCE).
int rd_setresuid(uid_t r, uid_t e, uid_t s);
int rd_setresgid(gid_t r, gid_t e, gid_t s);

#endif
