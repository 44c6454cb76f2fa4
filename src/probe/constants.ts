export const LINUX = process.platform === 'linux';
export const WINDOWS = process.platform === 'win32';
export const MACOS = process.platform === 'darwin';
export const POSIX = !WINDOWS;

export const STATUS_RUNNING = 'running';
export const STATUS_SLEEPING = 'sleeping';
export const STATUS_DISK_SLEEP = 'disk-sleep';
export const STATUS_STOPPED = 'stopped';
export const STATUS_TRACING_STOP = 'tracing-stop';
export const STATUS_ZOMBIE = 'zombie';
export const STATUS_DEAD = 'dead';
export const STATUS_WAKE_KILL = 'wake-kill';
export const STATUS_WAKING = 'waking';
export const STATUS_IDLE = 'idle';
export const STATUS_PARKED = 'parked';
export const STATUS_LOCKED = 'locked';
export const STATUS_WAITING = 'waiting';

export const CONN_ESTABLISHED = 'ESTABLISHED';
export const CONN_SYN_SENT = 'SYN_SENT';
export const CONN_SYN_RECV = 'SYN_RECV';
export const CONN_FIN_WAIT1 = 'FIN_WAIT1';
export const CONN_FIN_WAIT2 = 'FIN_WAIT2';
export const CONN_TIME_WAIT = 'TIME_WAIT';
export const CONN_CLOSE = 'CLOSE';
export const CONN_CLOSE_WAIT = 'CLOSE_WAIT';
export const CONN_LAST_ACK = 'LAST_ACK';
export const CONN_LISTEN = 'LISTEN';
export const CONN_CLOSING = 'CLOSING';
export const CONN_NONE = 'NONE';

export const NIC_DUPLEX_FULL = 2;
export const NIC_DUPLEX_HALF = 1;
export const NIC_DUPLEX_UNKNOWN = 0;

export const POWER_TIME_UNKNOWN = -1;
export const POWER_TIME_UNLIMITED = -2;

export const IOPRIO_CLASS_NONE = 0;
export const IOPRIO_CLASS_RT = 1;
export const IOPRIO_CLASS_BE = 2;
export const IOPRIO_CLASS_IDLE = 3;

/** Windows I/O priorities (psutil's IOPRIO_VERYLOW..IOPRIO_HIGH, the IO_PRIORITY_HINT values). */
export const IOPRIO_VERYLOW = 0;
export const IOPRIO_LOW = 1;
export const IOPRIO_NORMAL = 2;
export const IOPRIO_HIGH = 3;

/** Windows console control events (psutil's signal.CTRL_C_EVENT / CTRL_BREAK_EVENT) for Process.sendSignal. */
export const CTRL_C_EVENT = 0;
export const CTRL_BREAK_EVENT = 1;

export const RLIM_INFINITY = -1;
export const RLIMIT_CPU = 0;
export const RLIMIT_FSIZE = 1;
export const RLIMIT_DATA = 2;
export const RLIMIT_STACK = 3;
export const RLIMIT_CORE = 4;
export const RLIMIT_RSS = 5;
export const RLIMIT_NPROC = 6;
export const RLIMIT_NOFILE = 7;
export const RLIMIT_MEMLOCK = 8;
export const RLIMIT_AS = 9;
export const RLIMIT_LOCKS = 10;
export const RLIMIT_SIGPENDING = 11;
export const RLIMIT_MSGQUEUE = 12;
export const RLIMIT_NICE = 13;
export const RLIMIT_RTPRIO = 14;
export const RLIMIT_RTTIME = 15;

// Windows priority classes (values of GetPriorityClass).
export const ABOVE_NORMAL_PRIORITY_CLASS = 0x8000;
export const BELOW_NORMAL_PRIORITY_CLASS = 0x4000;
export const HIGH_PRIORITY_CLASS = 0x80;
export const IDLE_PRIORITY_CLASS = 0x40;
export const NORMAL_PRIORITY_CLASS = 0x20;
export const REALTIME_PRIORITY_CLASS = 0x100;
