/* generated in xnu's build; no aliases needed here */
