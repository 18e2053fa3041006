#ifndef HARDMATCH_CLDAP_SHIM_H
#define HARDMATCH_CLDAP_SHIM_H

// The C surface of OpenLDAP's libldap that hardmatch uses. Everything here is
// called from exactly one Swift file family (Sources/HardmatchLDAP); nothing
// above that layer sees these declarations.

#define LDAP_DEPRECATED 0
#include <ldap.h>
#include <lber.h>
#include <sasl/sasl.h>
#include <sys/time.h>
#include <sys/socket.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// MARK: - Constants defined as cast macros, which Swift does not import

/// `LDAP_SCOPE_*` are `((ber_int_t) n)` casts.
static const int HM_SCOPE_BASE = LDAP_SCOPE_BASE;
/// `LDAP_SCOPE_*` are `((ber_int_t) n)` casts.
static const int HM_SCOPE_SUBTREE = LDAP_SCOPE_SUBTREE;
/// `LDAP_RES_*` are `((ber_tag_t) n)` casts.
static const int HM_RES_SEARCH_ENTRY = LDAP_RES_SEARCH_ENTRY;
/// `LDAP_RES_*` are `((ber_tag_t) n)` casts.
static const int HM_RES_SEARCH_REFERENCE = LDAP_RES_SEARCH_REFERENCE;
/// `LDAP_RES_*` are `((ber_tag_t) n)` casts.
static const int HM_RES_SEARCH_RESULT = LDAP_RES_SEARCH_RESULT;

// MARK: - Options

/// LDAP_OPT_ON is a macro over a private global's address, which Swift cannot import.
static inline int hm_set_option_on(LDAP *ld, int option) {
    return ldap_set_option(ld, option, LDAP_OPT_ON);
}

/// LDAP_OPT_OFF is a cast macro `((void *) 0)`, which Swift cannot import.
static inline int hm_set_option_off(LDAP *ld, int option) {
    return ldap_set_option(ld, option, LDAP_OPT_OFF);
}

/// Integer options take a pointer to an int; one call keeps the pointer dance out of Swift.
static inline int hm_set_option_int(LDAP *ld, int option, int value) {
    return ldap_set_option(ld, option, &value);
}

/// String options (CA file, ...) take a `const char *` passed as `void *`.
static inline int hm_set_option_string(LDAP *ld, int option, const char *value) {
    return ldap_set_option(ld, option, value);
}

/// Timeout options take a `struct timeval *`; seconds are all hardmatch needs.
static inline int hm_set_option_timeout(LDAP *ld, int option, int seconds) {
    struct timeval tv;
    tv.tv_sec = seconds;
    tv.tv_usec = 0;
    return ldap_set_option(ld, option, &tv);
}

/// Reads the server's diagnostic message for the last operation; the caller frees it with ldap_memfree.
static inline char *hm_diagnostic_message(LDAP *ld) {
    char *message = NULL;
    if (ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &message) != LDAP_OPT_SUCCESS) {
        return NULL;
    }
    return message;
}

/// Reads the handle's last result code, which ldap_result reports only as -1 on a dropped connection.
static inline int hm_result_code(LDAP *ld) {
    int code = LDAP_OTHER;
    ldap_get_option(ld, LDAP_OPT_RESULT_CODE, &code);
    return code;
}

/// GSSAPI inside TLS must not ask for its own sign/seal layer: AD and Samba refuse both at once.
static inline int hm_sasl_no_security_layer(LDAP *ld) {
    return ldap_set_option(ld, LDAP_OPT_X_SASL_SECPROPS, "maxssf=0");
}

/// Simple bind needs a `struct berval` built from the password bytes; LDAP_SASL_SIMPLE is a cast macro.
static inline int hm_simple_bind(LDAP *ld, const char *dn, const unsigned char *password, ber_len_t length) {
    struct berval credentials;
    credentials.bv_val = (char *)password;
    credentials.bv_len = length;
    return ldap_sasl_bind_s(ld, dn, LDAP_SASL_SIMPLE, &credentials, NULL, NULL, NULL);
}

/// Answers Cyrus SASL's prompts with their defaults, as GSSAPI with an existing ticket needs no input.
static inline int hm_sasl_interact(LDAP *ld, unsigned flags, void *defaults, void *in) {
    (void)ld; (void)flags; (void)defaults;
    sasl_interact_t *interact = (sasl_interact_t *)in;
    for (; interact != NULL && interact->id != SASL_CB_LIST_END; interact++) {
        const char *value = interact->defresult ? interact->defresult : "";
        interact->result = value;
        interact->len = (unsigned)strlen(value);
    }
    return LDAP_SUCCESS;
}

/// SASL interactive bind needs a C callback; Swift closures cannot be passed as LDAP_SASL_INTERACT_PROC.
static inline int hm_sasl_gssapi_bind(LDAP *ld) {
    return ldap_sasl_interactive_bind_s(ld, NULL, "GSSAPI", NULL, NULL, LDAP_SASL_QUIET, hm_sasl_interact, NULL);
}

/// Waits for one message of a search with a timeout in seconds (0 = block), hiding `struct timeval`.
static inline int hm_result(LDAP *ld, int msgid, int seconds, LDAPMessage **result) {
    if (seconds <= 0) {
        return ldap_result(ld, msgid, LDAP_MSG_ONE, NULL, result);
    }
    struct timeval tv;
    tv.tv_sec = seconds;
    tv.tv_usec = 0;
    return ldap_result(ld, msgid, LDAP_MSG_ONE, &tv, result);
}

/// Builds the paged-results request control from a cookie held in Swift bytes.
static inline int hm_create_page_control(LDAP *ld, int page_size, const unsigned char *cookie, ber_len_t cookie_length, LDAPControl **control) {
    struct berval value;
    value.bv_val = (char *)cookie;
    value.bv_len = cookie_length;
    return ldap_create_page_control(ld, (ber_int_t)page_size, cookie_length > 0 ? &value : NULL, 1, control);
}

/// Finds the paged-results response control and copies its cookie out; returns 0 when there is none.
static inline int hm_parse_page_cookie(LDAP *ld, LDAPControl **controls, struct berval *cookie) {
    cookie->bv_val = NULL;
    cookie->bv_len = 0;
    LDAPControl *control = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, controls, NULL);
    if (control == NULL) {
        return 0;
    }
    ber_int_t estimate = 0;
    if (ldap_parse_pageresponse_control(ld, control, &estimate, cookie) != LDAP_SUCCESS) {
        return -1;
    }
    return 1;
}

/// `char **` lists from libldap (referral URLs) are freed with a `void **` call Swift cannot cast to.
static inline void hm_free_strings(char **strings) {
    ber_memvfree((void **)strings);
}

// MARK: - Cutting a hung connection

/// Remembers a handle's socket so that a watchdog can cut a connection that hangs.
///
/// libldap's network timeout bounds connect() but not a TLS handshake with a peer that
/// accepts and never answers: the GnuTLS build spins there for ever. The connect
/// callback records the socket; `hm_socket_watch_cut` shuts it down from another thread.
typedef struct hm_socket_watch {
    struct ldap_conncb callbacks;
    pthread_mutex_t lock;
    int fd;
    int cut;
} hm_socket_watch;

/// Connect callback: runs inside libldap once the TCP connection exists.
static int hm_socket_watch_add(LDAP *ld, Sockbuf *sb, LDAPURLDesc *srv, struct sockaddr *addr, struct ldap_conncb *ctx) {
    (void)ld; (void)srv; (void)addr;
    hm_socket_watch *watch = (hm_socket_watch *)ctx->lc_arg;
    int fd = -1;
    ber_sockbuf_ctrl(sb, LBER_SB_OPT_GET_FD, &fd);
    pthread_mutex_lock(&watch->lock);
    watch->fd = fd;
    pthread_mutex_unlock(&watch->lock);
    return 0;
}

/// Close callback: forgets the socket before libldap closes it, so a late cut hits nothing.
static void hm_socket_watch_del(LDAP *ld, Sockbuf *sb, struct ldap_conncb *ctx) {
    (void)ld; (void)sb;
    hm_socket_watch *watch = (hm_socket_watch *)ctx->lc_arg;
    pthread_mutex_lock(&watch->lock);
    watch->fd = -1;
    pthread_mutex_unlock(&watch->lock);
}

/// Allocates a watch and registers its callbacks on the handle; free it after unbinding.
static inline hm_socket_watch *hm_socket_watch_attach(LDAP *ld) {
    hm_socket_watch *watch = (hm_socket_watch *)calloc(1, sizeof(hm_socket_watch));
    if (watch == NULL) {
        return NULL;
    }
    pthread_mutex_init(&watch->lock, NULL);
    watch->fd = -1;
    watch->callbacks.lc_add = hm_socket_watch_add;
    watch->callbacks.lc_del = hm_socket_watch_del;
    watch->callbacks.lc_arg = watch;
    ldap_set_option(ld, LDAP_OPT_CONNECT_CB, &watch->callbacks);
    return watch;
}

/// Shuts the watched socket down (from any thread) and marks the watch as cut.
static inline void hm_socket_watch_cut(hm_socket_watch *watch) {
    pthread_mutex_lock(&watch->lock);
    watch->cut = 1;
    if (watch->fd >= 0) {
        shutdown(watch->fd, SHUT_RDWR);
    }
    pthread_mutex_unlock(&watch->lock);
}

/// Whether the watchdog cut the connection, to report a timeout rather than a failure.
static inline int hm_socket_watch_was_cut(hm_socket_watch *watch) {
    pthread_mutex_lock(&watch->lock);
    int cut = watch->cut;
    pthread_mutex_unlock(&watch->lock);
    return cut;
}

/// Releases a watch once its handle is unbound.
static inline void hm_socket_watch_free(hm_socket_watch *watch) {
    pthread_mutex_destroy(&watch->lock);
    free(watch);
}

#endif
