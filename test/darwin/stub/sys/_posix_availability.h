/* generated in xnu's build */
