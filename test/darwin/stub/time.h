/* libc's; nothing the checked layouts use */
