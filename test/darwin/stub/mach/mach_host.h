/*
 * MIG generates this header at xnu's build from osfmk/mach/mach_host.defs; the three routines
 * Vitals calls are transcribed here with MIG's C mapping (out array -> pointer + CountInOut count):
 *   host_statistics(host_priv: host_t; flavor: host_flavor_t; out host_info_out: host_info_t, CountInOut)
 *   host_statistics64(host_priv: host_t; flavor: host_flavor_t; out host_info64_out: host_info64_t, CountInOut)
 *   host_processor_info(host: host_t; flavor: processor_flavor_t; out out_processor_count: natural_t;
 *                       out out_processor_info: processor_info_array_t)
 */
#ifndef _mach_host_user_
#define _mach_host_user_
#include <mach/kern_return.h>
#include <mach/mach_types.h>
#include <mach/host_info.h>
#include <mach/processor_info.h>
kern_return_t host_statistics(host_t host_priv, host_flavor_t flavor, host_info_t host_info_out, mach_msg_type_number_t *host_info_outCnt);
kern_return_t host_statistics64(host_t host_priv, host_flavor_t flavor, host_info64_t host_info64_out, mach_msg_type_number_t *host_info64_outCnt);
kern_return_t host_processor_info(host_t host, processor_flavor_t flavor, natural_t *out_processor_count, processor_info_array_t *out_processor_info, mach_msg_type_number_t *out_processor_infoCnt);
#endif
