/*
 * Stub for libdispatch's dispatch.h: IOKitLib.h names dispatch_queue_t only in
 * IONotificationPortSetDispatchQueue, which nothing here calls or checks.
 */
typedef struct dispatch_queue_s *dispatch_queue_t;
