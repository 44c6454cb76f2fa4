/*
 * MIG generates this header from osfmk/mach/vm_map.defs; the one routine Vitals calls:
 *   vm_deallocate(target_task: vm_task_entry_t; address: vm_address_t; size: vm_size_t)
 * (vm_task_entry_t is vm_map_t on the user side).
 */
#ifndef _vm_map_user_
#define _vm_map_user_
#include <mach/kern_return.h>
#include <mach/mach_types.h>
#include <mach/vm_types.h>
kern_return_t vm_deallocate(vm_map_t target_task, vm_address_t address, vm_size_t size);
#endif
