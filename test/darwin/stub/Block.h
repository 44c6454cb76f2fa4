/* Stub for libclosure's Block.h: CFBase.h includes it when blocks are on; no checked declaration uses a block. */
