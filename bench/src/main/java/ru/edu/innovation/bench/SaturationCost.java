package ru.edu.innovation.bench;

import com.sun.management.ThreadMXBean;
import com.sun.tools.attach.VirtualMachine;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Where the machine's CPU goes when {@link CommandThroughput}'s largest case saturates it: both
 * services and the in-process broker started as the benchmark starts them, 16 clients sending
 * «record a held event» as fast as they can, and per command, for each round, the CPU time of
 * command-service, query-service, PostgreSQL (all its processes, from /proc) and this process (the
 * broker and the clients), with each service's CPU and allocated bytes by thread group read through
 * JMX. Run it from a checkout's root after building its jars (the services measured are that
 * checkout's):
 * {@code java -cp bench/target/bench-0.1.0-SNAPSHOT.jar -Dloader.main=ru.edu.innovation.bench.SaturationCost
 * org.springframework.boot.loader.launch.PropertiesLauncher [--clients=N] [--warm-up=S] [--seconds=S] [--rounds=N] [--jfr=FILE] [--async-profiler=LIB]};
 * {@code --jfr} records command-service's profile during one more round, after the measured ones;
 * {@code --async-profiler=LIB} (the {@code libasyncProfiler.so} of async-profiler's linux-x64 jar on
 * Maven Central) takes both services' CPU stacks in one more round, as collapsed stacks under
 * {@code target/bench-logs}.
 */
public final class SaturationCost {

    private static final AtomicInteger EVENT_NUMBERS = new AtomicInteger();
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(Benchmark.option(args, "--clients=", "16"));
        int warmUp = Integer.parseInt(Benchmark.option(args, "--warm-up=", "60"));
        int seconds = Integer.parseInt(Benchmark.option(args, "--seconds=", "20"));
        int rounds = Integer.parseInt(Benchmark.option(args, "--rounds=", "3"));
        String jfr = Benchmark.option(args, "--jfr=", "");
        String asyncProfiler = Benchmark.option(args, "--async-profiler=", "");
        String jdbcUrl = Benchmark.freshDatabase();
        Path logs = Files.createDirectories(Path.of("target", "bench-logs"));
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.afterPropertiesSet();
        int commandPort = Benchmark.freePort();
        int queryPort = Benchmark.freePort();
        try (Service commandService = Service.start("command-service", commandPort,
                Benchmark.commandEnvironment(jdbcUrl, commandPort, broker.getBrokersAsString()), logs);
             Service queryService = Service.start("query-service", queryPort,
                     Benchmark.queryEnvironment(jdbcUrl, queryPort), logs)) {
            Http api = new Http(commandService.baseUrl());
            List<String> projects = Projects.many(clients, new Projects(api)::activeProject);
            boolean byCategory = api.post("sikora", "/api/projects/" + projects.get(0) + "/held-events",
                    body(EVENT_NUMBERS.incrementAndGet(), true)).status() == 201;
            System.out.printf("saturation: warming up, %d s by %d clients%n", warmUp, clients);
            send(api, projects, warmUp, byCategory);
            try (Jvm command = Jvm.attach(commandService.pid()); Jvm query = Jvm.attach(queryService.pid())) {
                ThreadMXBean own = (ThreadMXBean) ManagementFactory.getThreadMXBean();
                List<Map<String, Double>> results = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    ThreadUse commandBefore = ThreadUse.of(command.threads());
                    ThreadUse queryBefore = ThreadUse.of(query.threads());
                    ThreadUse ownBefore = ThreadUse.of(own);
                    long postgresBefore = postgresTicks();
                    long started = System.nanoTime();
                    int sent = send(api, projects, seconds, byCategory);
                    double wall = (System.nanoTime() - started) / 1e9;
                    long postgres = postgresTicks() - postgresBefore;
                    Map<String, Double> perCommand = new LinkedHashMap<>();
                    perCommand.put("rate, commands/s", sent / wall);
                    perCommand.put("postgres cpu-us", postgres * 1e6 / CLOCK_TICKS_PER_SECOND / sent);
                    ThreadUse.of(own).minus(ownBefore).forEach((group, use) ->
                            perCommand.merge("bench " + group + " cpu-us", use[1] / 1e3 / sent, Double::sum));
                    add(perCommand, "command", ThreadUse.of(command.threads()).minus(commandBefore), sent);
                    add(perCommand, "query", ThreadUse.of(query.threads()).minus(queryBefore), sent);
                    results.add(perCommand);
                    System.out.printf("saturation: round %d, %d commands in %.1f s%n", round + 1, sent, wall);
                }
                print(results);
                if (!jfr.isEmpty()) {
                    CommandCost.jcmd(commandService.pid(), "JFR.start", "name=saturation", "settings=profile");
                    send(api, projects, seconds, byCategory);
                    CommandCost.jcmd(commandService.pid(), "JFR.stop", "name=saturation",
                            "filename=" + Path.of(jfr).toAbsolutePath());
                    System.out.println("saturation: command-service's profile of one more round in " + jfr);
                }
                if (!asyncProfiler.isEmpty()) {
                    Path library = Path.of(asyncProfiler).toAbsolutePath();
                    for (Service service : List.of(commandService, queryService)) {
                        CommandCost.jcmd(service.pid(), "JVMTI.agent_load", library.toString(),
                                "\"start,event=itimer,interval=1ms\"");
                    }
                    send(api, projects, seconds, byCategory);
                    for (Service service : List.of(commandService, queryService)) {
                        Path stacks = logs.resolve(service.name() + ".collapsed").toAbsolutePath();
                        CommandCost.jcmd(service.pid(), "JVMTI.agent_load", library.toString(),
                                "\"stop,collapsed,file=" + stacks + "\"");
                        System.out.println("saturation: " + service.name() + "'s CPU stacks of one more round in " + stacks);
                    }
                }
            }
        } finally {
            broker.destroy();
        }
        System.exit(0);
    }

    private static void add(Map<String, Double> perCommand, String service, Map<String, double[]> groups, int sent) {
        double bytes = 0;
        double cpu = 0;
        for (Map.Entry<String, double[]> group : groups.entrySet()) {
            bytes += group.getValue()[0];
            cpu += group.getValue()[1];
            perCommand.put(service + " " + group.getKey() + " alloc-KB", group.getValue()[0] / 1024 / sent);
            perCommand.put(service + " " + group.getKey() + " cpu-us", group.getValue()[1] / 1e3 / sent);
        }
        perCommand.put(service + " ALL alloc-KB", bytes / 1024 / sent);
        perCommand.put(service + " ALL cpu-us", cpu / 1e3 / sent);
    }

    /** The medians of the rounds, with the rounds beside them; lines under 1 µs and 1 KB left out. */
    private static void print(List<Map<String, Double>> rounds) {
        Map<String, double[]> byFigure = new TreeMap<>();
        for (int round = 0; round < rounds.size(); round++) {
            int r = round;
            rounds.get(round).forEach((figure, value) ->
                    byFigure.computeIfAbsent(figure, name -> new double[rounds.size()])[r] = value);
        }
        System.out.println("saturation: per command (median | rounds)");
        byFigure.forEach((figure, values) -> {
            double median = Stats.median(values.clone());
            if (median >= 1 || figure.startsWith("rate")) {
                StringBuilder line = new StringBuilder(String.format("saturation: %-60s %10.1f |", figure, median));
                for (double value : values) {
                    line.append(String.format(" %10.1f", value));
                }
                System.out.println(line);
            }
        });
    }

    /** Sends as fast as {@code projects.size()} clients can for the given seconds; the number sent. */
    private static int send(Http api, List<String> projects, int seconds, boolean byCategory) throws Exception {
        return CommandThroughput.closedLoop(projects.size(), seconds, client -> CommandCost.recordHeldEvent(api,
                projects.get(client), body(EVENT_NUMBERS.incrementAndGet(), byCategory))).count();
    }

    /**
     * {@link CommandCost}'s held event; participants by category as the API takes them now, or in the
     * four numbers of the versions before held events counted categories, so both can be measured.
     */
    private static Map<String, Object> body(int number, boolean byCategory) {
        Map<String, Object> body = CommandCost.heldEventBody(number);
        if (!byCategory) {
            body.put("participants", Map.of("teachers", 14, "students", 52, "parents", 0, "others", 3));
        }
        return body;
    }

    /** User and system clock ticks of every PostgreSQL process (the server's own and its backends). */
    private static long postgresTicks() throws IOException {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String command = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (command.startsWith("postgres")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException ended) {
                    // the process ended between the listing and the read
                }
            }
        }
        return ticks;
    }

    /** A service's JVM, attached for its ThreadMXBean. */
    private record Jvm(VirtualMachine vm, JMXConnector jmx, ThreadMXBean threads) implements AutoCloseable {

        static Jvm attach(long pid) throws Exception {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
            return new Jvm(vm, jmx, ManagementFactory.newPlatformMXBeanProxy(jmx.getMBeanServerConnection(),
                    ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class));
        }

        @Override
        public void close() throws Exception {
            jmx.close();
            vm.detach();
        }
    }
}
