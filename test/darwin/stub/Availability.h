/*
 * Stub for EXTERNAL_HEADERS/Availability.h (and its 2.6 MB AvailabilityInternal.h): availability
 * attributes only mark declarations with OS versions; they change no type, size or offset, so the
 * layout and prototype checks define them away.
 */
#ifndef __AVAILABILITY__
#define __AVAILABILITY__
#define __API_AVAILABLE(...)
#define __API_UNAVAILABLE(...)
#define __API_DEPRECATED(...)
#define __API_DEPRECATED_WITH_REPLACEMENT(...)
#define __OSX_AVAILABLE(...)
#define __IOS_AVAILABLE(...)
#define __TVOS_AVAILABLE(...)
#define __WATCHOS_AVAILABLE(...)
#define __OSX_AVAILABLE_STARTING(...)
#define __OSX_AVAILABLE_BUT_DEPRECATED(...)
#define __OSX_AVAILABLE_BUT_DEPRECATED_MSG(...)
#define __IOS_PROHIBITED
#define __TVOS_PROHIBITED
#define __WATCHOS_PROHIBITED
#define __SWIFT_UNAVAILABLE
#define __SWIFT_UNAVAILABLE_MSG(...)
#define __SPI_AVAILABLE(...)
#define __SPI_DEPRECATED_WITH_REPLACEMENT(...)
#endif
