/* libpthread's header (not in xnu): sys/signal.h needs the type name; its layout is xnu's own __darwin_pthread_attr_t. */
#ifndef _PTHREAD_ATTR_T
#define _PTHREAD_ATTR_T
#include <sys/_pthread/_pthread_types.h>
typedef __darwin_pthread_attr_t pthread_attr_t;
#endif
