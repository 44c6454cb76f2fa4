/*
 * Stub for the CoreFoundation umbrella header (IOPowerSources.h includes it): only the vendored
 * headers in ../../cf/CoreFoundation/ that declare what IOPowerSources.h and the checks use.
 */
#include <CoreFoundation/CFBase.h>
#include <CoreFoundation/CFArray.h>
#include <CoreFoundation/CFDictionary.h>
#include <CoreFoundation/CFNumber.h>
#include <CoreFoundation/CFString.h>
#include <CoreFoundation/CFDate.h>
#include <CoreFoundation/CFRunLoop.h>
