/* libplatform's header (not in xnu): availability attributes change no type, size or offset. */
#ifndef __OS_AVAILABILITY__
#define __OS_AVAILABILITY__
#define API_AVAILABLE(...)
#define API_UNAVAILABLE(...)
#define API_DEPRECATED(...)
#define API_DEPRECATED_WITH_REPLACEMENT(...)
#define SPI_AVAILABLE(...)
#endif
