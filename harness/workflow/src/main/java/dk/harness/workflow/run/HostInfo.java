package dk.harness.workflow.run;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.RuntimeMXBean;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a run ran on, for run.json. Stateless. */
final class HostInfo {
  private HostInfo() {
  }

  /** Host name, cores, memory, Java and OS, in a fixed key order. */
  static Map<String, Object> describe() {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("hostname", hostname());
    m.put("cores", Runtime.getRuntime().availableProcessors());
    final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    Long total = null;
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      total = sun.getTotalMemorySize();
    }
    m.put("memory_bytes", total);
    m.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
    final RuntimeMXBean rt = ManagementFactory.getRuntimeMXBean();
    m.put("java_version", Runtime.version().toString());
    m.put("java_vm", rt.getVmName() + " (" + rt.getVmVendor() + ")");
    m.put("os", os.getName() + " " + os.getVersion() + " " + os.getArch());
    return m;
  }

  /** The host name, or "unknown" when it cannot be resolved. */
  static String hostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
