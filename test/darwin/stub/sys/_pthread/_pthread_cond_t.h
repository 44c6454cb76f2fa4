/* libpthread's header (not in xnu): a type no checked struct or prototype uses. */
