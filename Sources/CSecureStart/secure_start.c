// A set-id readerdesk must not let the caller's environment reach the Swift runtime:
// SWIFT_DEBUG_LIB_PRESPECIALIZED_PATH names a library it loads (that would run the caller's code as
// the service account), and the SWIFT_DEBUG_* switches change its checks. The runtime has read the
// environment already when any code of ours runs (in its own initialiser), but loads that library
// only later, once the executable's Swift code starts. So this constructor, first of the
// executable's (priority 101), starts the program again with only the variables ReaderDesk needs
// (docs/ARCHITECTURE.md "Trust"); the second start finds nothing to drop and goes on.
#define _GNU_SOURCE
#include "CSecureStart.h"
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

extern char **environ;

static const char *const kept[] = {
    "TERM", "COLUMNS", "LINES", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_TIME",
    "LC_COLLATE", "LC_NUMERIC", "TZ", "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "NO_COLOR",
    "READERDESK_LANG",
    // Kept so that their being ignored can be said, or their use refused, out loud.
    "READERDESK_DB", "READERDESK_CONFIG", "READERDESK_AS", "READERDESK_NOW",
    NULL,
};

int rd_process_is_set_id(void) {
    return getauxval(AT_SECURE) != 0 || getuid() != geteuid() || getgid() != getegid();
}

int rd_environment_keeps(const char *name, const char *value) {
    for (int i = 0; kept[i]; i++) {
        if (strcmp(name, kept[i]) != 0) continue;
        // A TZ naming a file (or climbing out of the zone folder) would be read with our rights.
        if (strcmp(name, "TZ") == 0 && value && (value[0] == '/' || value[0] == ':' || strstr(value, ".."))) return 0;
        return 1;
    }
    return 0;
}

void rd_scrub_environment(void) {
    size_t n = 0;
    for (char **e = environ; e && *e; e++) n++;
    char **fresh = calloc(n + 2, sizeof(char *));
    if (!fresh) { environ = NULL; return; }
    size_t k = 0;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        size_t len = (size_t)(eq - *e);
        char name[256];
        if (len >= sizeof name) continue;
        memcpy(name, *e, len);
        name[len] = 0;
        if (strcmp(name, "PATH") != 0 && rd_environment_keeps(name, eq + 1)) fresh[k++] = *e;
    }
    fresh[k++] = "PATH=/usr/bin:/bin";
    fresh[k] = NULL;
    environ = fresh;
}

int rd_setresuid(uid_t r, uid_t e, uid_t s) { return setresuid(r, e, s); }
int rd_setresgid(gid_t r, gid_t e, gid_t s) { return setresgid(r, e, s); }

/// Whether the environment already is what a set-id run keeps (the second start).
static int rd_environment_is_clean(void) {
    int path = 0;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) return 0;
        size_t len = (size_t)(eq - *e);
        char name[256];
        if (len >= sizeof name) return 0;
        memcpy(name, *e, len);
        name[len] = 0;
        if (strcmp(name, "PATH") == 0) { if (path || strcmp(eq + 1, "/usr/bin:/bin") != 0) return 0; path = 1; continue; }
        if (!rd_environment_keeps(name, eq + 1)) return 0;
    }
    return path;
}

__attribute__((constructor(101))) static void rd_secure_start(int argc, char **argv, char **envp) {
    (void)argc; (void)envp;
    if (!rd_process_is_set_id() || rd_environment_is_clean()) return;
    rd_scrub_environment();
    execve("/proc/self/exe", argv, environ);
    // Going on would leave the caller's variables in the runtime: stop instead.
    static const char message[] = "readerdesk: cannot restart with a clean environment (is /proc mounted?)\n";
    write(2, message, sizeof message - 1);
    _exit(1);
}
