/*
 * Stub for the SDK's AvailabilityMacros.h (CFAvailability.h and MacTypes.h include it): version
 * markers only, no type. The one marker the vendored headers use is defined away.
 */
#ifndef __AVAILABILITYMACROS__
#define __AVAILABILITYMACROS__
#define AVAILABLE_MAC_OS_X_VERSION_10_0_AND_LATER
#endif
