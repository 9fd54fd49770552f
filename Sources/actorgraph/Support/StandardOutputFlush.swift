// The C library's `stdout` is a global variable that Swift 6 cannot prove safe; it is only
// read here, once the command has finished, on the main thread.
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

extension StandardOutput {
    /// Pushes out what `print` left in the C library's buffer and reports a write to standard
    /// output that failed, now or earlier. `print` only fills that buffer, which the process
    /// flushes as it exits and whose failure no one hears of: without this check,
    /// `actorgraph show X > /dev/full` exits 0 and the answer is lost.
    static func flush() throws {
        let flushed = fflush(stdout) == 0
        let code = errno
        if !flushed { throw Failed(reason: String(cString: strerror(code))) }
        if ferror(stdout) != 0 { throw Failed(reason: "an earlier write failed") }
    }
}
