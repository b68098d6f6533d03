package ru.edu.innovation.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import com.sun.tools.attach.VirtualMachine;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one command costs command-service, in measures a loaded machine does not move: the bytes its
 * threads allocate and the CPU time they use per «record a held event» (the command of
 * {@link CommandThroughput}), read through JMX from the service's own ThreadMXBean before and after
 * a batch sent by one client, after a warm-up. Wall-clock time is printed too, but only for
 * orientation. Run it from a checkout's root after building its jars (the service measured is that
 * checkout's):
 * {@code java -cp bench/target/bench-0.1.0-SNAPSHOT.jar -Dloader.main=ru.edu.innovation.bench.CommandCost
 * org.springframework.boot.loader.launch.PropertiesLauncher [--warm-up=N] [--commands=N] [--rounds=N] [--jfr=FILE]};
 * {@code --jfr} records a profile during one more batch, after the measured ones.
 */
public final class CommandCost {

    private static final AtomicInteger EVENT_NUMBERS = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        int warmUp = Integer.parseInt(Benchmark.option(args, "--warm-up=", "8000"));
        int commands = Integer.parseInt(Benchmark.option(args, "--commands=", "2000"));
        int rounds = Integer.parseInt(Benchmark.option(args, "--rounds=", "3"));
        String jfr = Benchmark.option(args, "--jfr=", "");
        String jdbcUrl = Benchmark.freshDatabase();
        Path logs = Files.createDirectories(Path.of("target", "bench-logs"));
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.afterPropertiesSet();
        int port = Benchmark.freePort();
        try (Service service = Service.start("command-service", port,
                Benchmark.commandEnvironment(jdbcUrl, port, broker.getBrokersAsString()), logs)) {
            Http api = new Http(service.baseUrl());
            List<String> projects = Projects.many(8, new Projects(api)::activeProject);
            System.out.printf("cost: warming up with %d commands%n", warmUp);
            send(api, projects, warmUp);
            VirtualMachine vm = VirtualMachine.attach(Long.toString(service.pid()));
            try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()))) {
                MBeanServerConnection connection = jmx.getMBeanServerConnection();
                ThreadMXBean threads = ManagementFactory.newPlatformMXBeanProxy(connection,
                        ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
                OperatingSystemMXBean os = ManagementFactory.newPlatformMXBeanProxy(connection,
                        ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, OperatingSystemMXBean.class);
                List<double[]> results = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    results.add(measure(api, projects, commands, threads, os));
                }
                System.out.println("cost: per command, request threads (http-nio-*) and the whole process");
                System.out.println("cost: round  req-alloc-B  req-cpu-us  all-alloc-B  all-cpu-us  process-cpu-us  wall-us");
                for (int round = 0; round < rounds; round++) {
                    double[] r = results.get(round);
                    System.out.printf("cost: %5d  %11.0f  %10.1f  %11.0f  %10.1f  %14.1f  %7.1f%n", round + 1,
                            r[0], r[1], r[2], r[3], r[4], r[5]);
                }
                double[] median = new double[6];
                for (int column = 0; column < 6; column++) {
                    int c = column;
                    median[column] = Stats.median(results.stream().mapToDouble(r -> r[c]).toArray());
                }
                System.out.printf("cost: median %11.0f  %10.1f  %11.0f  %10.1f  %14.1f  %7.1f%n",
                        median[0], median[1], median[2], median[3], median[4], median[5]);
                if (!jfr.isEmpty()) {
                    jcmd(service.pid(), "JFR.start", "name=cost", "settings=profile");
                    send(api, projects, commands);
                    jcmd(service.pid(), "JFR.stop", "name=cost", "filename=" + Path.of(jfr).toAbsolutePath());
                    System.out.println("cost: profile of one more batch in " + jfr);
                }
            } finally {
                vm.detach();
            }
        } finally {
            broker.destroy();
        }
        System.exit(0);
    }

    /** Request threads' allocated bytes and CPU µs, all threads' the same, process CPU µs, wall µs: per command. */
    private static double[] measure(Http api, List<String> projects, int commands, ThreadMXBean threads,
                                    OperatingSystemMXBean os) throws Exception {
        ThreadUse before = ThreadUse.of(threads);
        long processBefore = os.getProcessCpuTime();
        long started = System.nanoTime();
        send(api, projects, commands);
        long wall = System.nanoTime() - started;
        long processAfter = os.getProcessCpuTime();
        Map<String, double[]> groups = ThreadUse.of(threads).minus(before);
        double[] request = new double[2];
        double[] all = new double[2];
        groups.forEach((group, use) -> {
            for (int i = 0; i < 2; i++) {
                all[i] += use[i];
                if (group.startsWith("http-nio")) {
                    request[i] += use[i];
                }
            }
        });
        return new double[]{request[0] / commands, request[1] / 1e3 / commands, all[0] / commands,
                all[1] / 1e3 / commands, (processAfter - processBefore) / 1e3 / commands, wall / 1e3 / commands};
    }

    private static void send(Http api, List<String> projects, int commands) {
        for (int i = 0; i < commands; i++) {
            recordHeldEvent(api, projects.get(i % projects.size()), heldEventBody(EVENT_NUMBERS.incrementAndGet()));
        }
    }

    /** Records the held event in the project as its school's methodist; anything but 201 stops the measurement. */
    static void recordHeldEvent(Http api, String project, Map<String, Object> body) {
        Http.Response response = api.post("sikora", "/api/projects/" + project + "/held-events", body);
        if (response.status() != 201) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
    }

    /**
     * The bench's held event with only the fields every version of the API knows (the one before the
     * redesign refuses a field it does not know), so two versions are measured on the same request.
     */
    static Map<String, Object> heldEventBody(int number) {
        Map<String, Object> body = Http.JSON.convertValue(Projects.heldEvent(number), new TypeReference<>() {
        });
        body.keySet().retainAll(Set.of("date", "title", "level", "format", "participants", "resultsAndProducts",
                "activityId"));
        return body;
    }

    static void jcmd(long pid, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(Arrays.asList(command));
        new ProcessBuilder(line).inheritIO().start().waitFor();
    }
}
