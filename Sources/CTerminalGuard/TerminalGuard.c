// Signal handlers that keep the user's terminal usable, in C because a handler may only make
// async-signal-safe calls (write, read, lseek, tcsetattr, _exit, raise), which Swift cannot promise.
// A compiled C file, not a header of static functions: the handlers and the event loop must share
// one copy of the state, and an optimised Swift build gave each object file its own copy of a
// header's statics (the first Ctrl-C then set a flag the loop never read).

#include "CTerminalGuard.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

typedef struct {
    struct termios tty;
    int ttyValid;
    char reset[512];
    size_t resetLength;
    // stderr is sent to an unlinked file while curses owns the screen and shown again afterwards.
    int originalStderr;
    int capturedStderr;
    volatile sig_atomic_t quitSignal;
} handoff_guard_state;

// The one state of the process, shared by the handlers and the calls from Swift.
static handoff_guard_state guardState = { .ttyValid = 0, .resetLength = 0, .originalStderr = -1, .capturedStderr = -1, .quitSignal = 0 };

static handoff_guard_state *handoff_guard(void) { return &guardState; }

static void handoff_guard_write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0 && errno == EINTR) { continue; }
        if (written <= 0) { return; }
        bytes += written;
        length -= (size_t)written;
    }
}

// Copies what was written to stderr meanwhile to the real stderr. Async-signal-safe.
static void handoff_guard_replay_stderr(void) {
    handoff_guard_state *state = handoff_guard();
    if (state->capturedStderr < 0 || state->originalStderr < 0) { return; }
    dup2(state->originalStderr, STDERR_FILENO);
    char buffer[4096];
    if (lseek(state->capturedStderr, 0, SEEK_SET) == 0) {
        for (;;) {
            ssize_t count = read(state->capturedStderr, buffer, sizeof buffer);
            if (count < 0 && errno == EINTR) { continue; }
            if (count <= 0) { break; }
            handoff_guard_write_all(STDERR_FILENO, buffer, (size_t)count);
        }
    }
    close(state->capturedStderr);
    close(state->originalStderr);
    state->capturedStderr = -1;
    state->originalStderr = -1;
}

// Leaves the alternate screen, shows the cursor, resets attributes and gives back the tty modes
// saved before curses started. Async-signal-safe.
static void handoff_guard_restore_terminal(void) {
    handoff_guard_state *state = handoff_guard();
    if (state->resetLength > 0) { handoff_guard_write_all(STDOUT_FILENO, state->reset, state->resetLength); }
    if (state->ttyValid) { tcsetattr(STDIN_FILENO, TCSANOW, &state->tty); }
    handoff_guard_replay_stderr();
}

// SIGINT, SIGTERM, SIGHUP, SIGQUIT: the first only sets a flag and the event loop ends curses in an
// orderly way; a second one means the loop is stuck, so restore the terminal here and exit.
static void handoff_guard_on_quit(int signo) {
    handoff_guard_state *state = handoff_guard();
    if (state->quitSignal != 0) {
        handoff_guard_restore_terminal();
        _exit(128 + signo);
    }
    state->quitSignal = signo;
}

// A runtime trap or crash (SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE): restore the terminal,
// then let the default action end the process with the same signal.
static void handoff_guard_on_fatal(int signo) {
    handoff_guard_restore_terminal();
    signal(signo, SIG_DFL);
    raise(signo);
}

static void handoff_guard_install(int signo, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    // The alternate stack lets the handler run after a stack overflow too.
    action.sa_flags = SA_ONSTACK;
    sigaction(signo, &action, NULL);
}

void handoff_guard_engage(void) {
    handoff_guard_state *state = handoff_guard();
    state->quitSignal = 0;
    if (tcgetattr(STDIN_FILENO, &state->tty) == 0) { state->ttyValid = 1; }
    static char alternateStack[65536];
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = alternateStack;
    stack.ss_size = sizeof alternateStack;
    sigaltstack(&stack, NULL);
    int quits[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    for (size_t i = 0; i < sizeof quits / sizeof quits[0]; i++) { handoff_guard_install(quits[i], handoff_guard_on_quit); }
    int fatals[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE };
    for (size_t i = 0; i < sizeof fatals / sizeof fatals[0]; i++) { handoff_guard_install(fatals[i], handoff_guard_on_fatal); }
}

// Sends stderr to an unlinked temporary file in `folder`; returns 0, or -1 if stderr stays as it is.
int handoff_guard_capture_stderr(const char *folder) {
    handoff_guard_state *state = handoff_guard();
    char path[4096];
    size_t length = strlen(folder);
    if (length + 32 > sizeof path) { return -1; }
    memcpy(path, folder, length);
    memcpy(path + length, "/handoff-stderr-XXXXXX", 23);
    int file = mkstemp(path);
    if (file < 0) { return -1; }
    unlink(path);
    int original = dup(STDERR_FILENO);
    if (original < 0 || dup2(file, STDERR_FILENO) < 0) {
        close(file);
        if (original >= 0) { close(original); }
        return -1;
    }
    state->originalStderr = original;
    state->capturedStderr = file;
    return 0;
}

void handoff_guard_set_reset(const char *bytes, size_t length) {
    handoff_guard_state *state = handoff_guard();
    if (length > sizeof state->reset) { length = sizeof state->reset; }
    memcpy(state->reset, bytes, length);
    state->resetLength = length;
}

// After curses has ended: stderr back, default signal actions back.
void handoff_guard_release(void) {
    handoff_guard_replay_stderr();
    handoff_guard_state *state = handoff_guard();
    state->resetLength = 0;
    int all[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE };
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) { signal(all[i], SIG_DFL); }
}

int handoff_guard_take_signal(void) {
    handoff_guard_state *state = handoff_guard();
    int signo = state->quitSignal;
    state->quitSignal = 0;
    return signo;
}

// True once the terminal has hung up (its window or ssh session closed): reads would fail at once
// forever, and a loop waiting for keys would spin.
int handoff_guard_terminal_hung_up(void) {
    struct pollfd descriptor = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    if (poll(&descriptor, 1, 0) < 0) { return 0; }
    return (descriptor.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

