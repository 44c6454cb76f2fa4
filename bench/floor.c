/*
 * The C floor for processIter: list /proc and, for every pid, open, read to EOF and close the three
 * files processIter reads (stat, status, cmdline), parsing nothing. Built by bench/processes.mjs
 * with the system compiler. Usage: floor ITERATIONS [GAP_MS]; prints "<wall µs per scan> <pids in the
 * last scan> <CPU µs per scan>" for ITERATIONS scans after one warm-up scan, timed inside the program
 * (CPU time: getrusage user + system); with GAP_MS, each scan follows GAP_MS of sleep.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static char buf[64 * 1024];
static const char *const files[] = { "stat", "status", "cmdline" };

static int scan(void) {
  DIR *d = opendir("/proc");
  if (!d) return -1;
  char path[64] = "/proc/";
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
    size_t len = strlen(e->d_name);
    memcpy(path + 6, e->d_name, len);
    path[6 + len] = '/';
    for (int i = 0; i < 3; i++) {
      strcpy(path + 7 + len, files[i]);
      int fd = open(path, O_RDONLY | O_CLOEXEC);
      if (fd < 0) continue; /* vanished */
      while (read(fd, buf, sizeof buf) > 0) {}
      close(fd);
    }
    n++;
  }
  closedir(d);
  return n;
}

static double cpu_us(void) {
  struct rusage r;
  getrusage(RUSAGE_SELF, &r);
  return r.ru_utime.tv_sec * 1e6 + r.ru_utime.tv_usec + r.ru_stime.tv_sec * 1e6 + r.ru_stime.tv_usec;
}

int main(int argc, char **argv) {
  int iterations = argc > 1 ? atoi(argv[1]) : 20;
  if (iterations < 1) iterations = 1;
  int gap_ms = argc > 2 ? atoi(argv[2]) : 0;
  int n = scan();
  if (gap_ms > 0) {
    /* at a sampler's cadence: each scan after gap_ms asleep (caches as cold as a real tick finds
       them), only the scans timed */
    double cpu = 0, wall = 0;
    for (int i = 0; i < iterations; i++) {
      struct timespec gap = { gap_ms / 1000, (gap_ms % 1000) * 1000000L }, a, b;
      nanosleep(&gap, NULL);
      double c0 = cpu_us();
      clock_gettime(CLOCK_MONOTONIC, &a);
      n = scan();
      clock_gettime(CLOCK_MONOTONIC, &b);
      cpu += cpu_us() - c0;
      wall += ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / 1e3;
    }
    printf("%.3f %d %.3f\n", wall / iterations, n, cpu / iterations);
    return n < 0;
  }
  struct timespec t0, t1;
  struct rusage r0, r1;
  getrusage(RUSAGE_SELF, &r0);
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for (int i = 0; i < iterations; i++) n = scan();
  clock_gettime(CLOCK_MONOTONIC, &t1);
  getrusage(RUSAGE_SELF, &r1);
  double us = ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) / 1e3 / iterations;
#define TV_US(tv) ((tv).tv_sec * 1e6 + (tv).tv_usec)
  double cpu = (TV_US(r1.ru_utime) + TV_US(r1.ru_stime) - TV_US(r0.ru_utime) - TV_US(r0.ru_stime)) / iterations;
  printf("%.3f %d %.3f\n", us, n, cpu);
  return n < 0;
}
