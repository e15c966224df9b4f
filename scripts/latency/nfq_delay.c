/* Copied from the team's shared latency tools (shared/latency/nfq_delay.c), unchanged but for this line. */
/* nfq_delay: a userspace netem for one network namespace. Every packet that iptables sends to
 * NFQUEUE QUEUE_NUM is accepted DELAY_MS later (FIFO, so order is kept). Queue the OUTPUT chain of lo:
 * each packet passes it once, so one-way delay = DELAY_MS and RTT = 2 * DELAY_MS, SYN/SYN-ACK
 * included (which a proxy cannot delay).  Build: gcc -O2 -o nfq_delay nfq_delay.c -lnetfilter_queue
 * Usage (inside the namespace): nfq_delay DELAY_MS QUEUE_NUM [SECONDS_TO_LIVE]   (bounded: exits after TTL) */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/netfilter.h>
#include <libnetfilter_queue/libnetfilter_queue.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define QMAX 65536
static uint32_t ids[QMAX];
static double due[QMAX];
static unsigned head, tail;
static double delay_s;

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }

static int cb(struct nfq_q_handle *qh, struct nfgenmsg *m, struct nfq_data *nfa, void *d) {
  struct nfqnl_msg_packet_hdr *ph = nfq_get_msg_packet_hdr(nfa);
  uint32_t id = ph ? ntohl(ph->packet_id) : 0;
  if (delay_s <= 0 || tail - head >= QMAX) return nfq_set_verdict(qh, id, NF_ACCEPT, 0, NULL);
  ids[tail % QMAX] = id; due[tail % QMAX] = now() + delay_s; tail++;
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: nfq_delay DELAY_MS QUEUE [TTL_S]\n"); return 2; }
  delay_s = atof(argv[1]) / 1000.0;
  double ttl = argc > 3 ? atof(argv[3]) : 3600, end = now() + ttl;
  struct nfq_handle *h = nfq_open();
  if (!h) { perror("nfq_open"); return 1; }
  nfq_unbind_pf(h, AF_INET); nfq_bind_pf(h, AF_INET);
  struct nfq_q_handle *qh = nfq_create_queue(h, atoi(argv[2]), &cb, NULL);
  if (!qh) { perror("nfq_create_queue"); return 1; }
  nfq_set_mode(qh, NFQNL_COPY_META, 0);
  nfq_set_queue_maxlen(qh, 16384);
  int fd = nfq_fd(h);
  char buf[65536] __attribute__((aligned));
  fprintf(stderr, "nfq_delay: %.1f ms one way\n", delay_s * 1000); fflush(stderr);
  while (now() < end) {
    double t = now();
    while (head != tail && due[head % QMAX] <= t) { nfq_set_verdict(qh, ids[head % QMAX], NF_ACCEPT, 0, NULL); head++; }
    int timeout = 200;
    if (head != tail) { double w = (due[head % QMAX] - t) * 1000; timeout = w < 0 ? 0 : (int)w; if (timeout == 0 && w > 0) timeout = 0; }
    struct pollfd p = { fd, POLLIN, 0 };
    /* sub-millisecond waits: spin with a zero timeout (poll has ms resolution) */
    int r = poll(&p, 1, timeout);
    if (r > 0) {
      int n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
      while (n > 0) { nfq_handle_packet(h, buf, n); n = recv(fd, buf, sizeof buf, MSG_DONTWAIT); }
    } else if (r == 0 && head != tail && due[head % QMAX] - now() > 0 && due[head % QMAX] - now() < 0.001) {
      struct timespec ts = { 0, (long)((due[head % QMAX] - now()) * 1e9) }; if (ts.tv_nsec > 0) nanosleep(&ts, NULL);
    }
  }
  while (head != tail) { nfq_set_verdict(qh, ids[head % QMAX], NF_ACCEPT, 0, NULL); head++; }
  nfq_destroy_queue(qh); nfq_close(h);
  return 0;
}
