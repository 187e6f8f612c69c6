package nl.soneta.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.soneta.site.serve.Answer.Kind;
import nl.soneta.site.serve.Answer.Target;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} under load while an editor keeps saving: {@value #CONCURRENT} requests in flight at every moment,
 * for {@link #LOAD}, over every kind of file the preview serves (pages, assets, feeds and open data, the search
 * index, the reload events opened and closed, unknown paths), while {@link EditorSaves} changes a summary, the page
 * layout, breaks and fixes a file, renames one and deletes and re-creates another.
 *
 * <p>No request may fail: no reset, no timeout, no status the request does not call for. Every page must be whole
 * (from {@code <!DOCTYPE html>} to {@code </html>}, with its {@code main}), and come from one build: the counters
 * of {@link EditorSaves} agree within each answer and never go back in time ({@link ServedInOrder}).
 *
 * <p>While the content has an error, pages are the preview's error page with status 500, as {@code serve} shows
 * them to editors (see the package description): it is whole, names only the broken file, and appears only after
 * that file was first broken. Everything but pages keeps coming from the last good build, with its normal status.
 */
class PreviewUnderLoadTest {
    private static final int CONCURRENT = 200;
    private static final Duration LOAD = Duration.ofSeconds(4);
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(20);
    private static final Pattern SUMMARY_COUNT = Pattern.compile(EditorSaves.SUMMARY_MARK + "(\\d+)");
    private static final Pattern TEMPLATE_COUNT = Pattern.compile(EditorSaves.TEMPLATE_MARK + "(\\d+)");
    private static final Pattern LINK = Pattern.compile("(?:href|src|data-index)=\"(/[^\"#?]*)\"");
    private static final Pattern JSON_FILE = Pattern.compile("\"([^\"]+\\.json)\"");

    @TempDir
    Path temp;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(REQUEST_LIMIT).build();
    private final Map<String, byte[]> assets = new HashMap<>();
    private EditorSaves editor;

    @Test
    void servesWholePagesFromWholeBuildsToTwoHundredRequestsAtOnceWhileFilesChange() throws Exception {
        Path root = ProjectPreview.copyProject(temp);
        editor = new EditorSaves(root);
        editor.prepare();
        try (ProjectPreview preview = ProjectPreview.start(root)) {
            List<Target> targets = targets(preview);
            List<Answer> answers = load(preview, targets);

            List<String> problems = answers.stream().flatMap(a -> a.problem().stream()
                    .map(p -> a.target().kind() + " " + a.target().path() + " (" + a.status() + "): " + p)).toList();
            Map<Kind, Integer> byKind = new java.util.EnumMap<>(Kind.class);
            answers.forEach(a -> byKind.merge(a.target().kind(), 1, Integer::sum));
            long errorPages = answers.stream().filter(Answer::errorPage).count();
            long nanos = answers.stream().mapToLong(Answer::finished).max().orElse(0)
                    - answers.stream().mapToLong(Answer::started).min().orElse(0);
            System.out.printf("preview under load: %d requests (%d at a time, %d targets) in %.1f s, %s; %d error pages;"
                            + " %d file changes in %d cycles (%d summary saves, %d layout saves), %d rebuilds shown%n",
                    answers.size(), CONCURRENT, targets.size(), nanos / 1e9, byKind, errorPages, editor.changes(),
                    editor.cycles(), editor.summarySaves(), editor.templateSaves(), preview.rebuilds().size());

            assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())),
                    problems.size() + " of " + answers.size() + " requests failed");
            assertEquals(List.of(), ServedInOrder.violations(answers, Answer::summaryCount), "summary counter");
            assertEquals(List.of(), ServedInOrder.violations(answers, Answer::templateCount), "layout counter");
            assertTrue(editor.cycles() >= 1, "the editor made every kind of save");
            assertTrue(errorPages > 0, "the error page was served under load");
            assertTrue(answers.stream().anyMatch(a -> a.summaryCount() > 0), "a summary save was served");
            assertTrue(answers.stream().anyMatch(a -> a.templateCount() > 0), "a layout save was served");
            assertTrue(answers.size() >= 10 * CONCURRENT, "the load was real: " + answers.size());
        }
    }

    /**
     * Runs {@link #CONCURRENT} clients, each asking one thing after another, beside the editor for {@link #LOAD},
     * and on until the preview shows the editor's last saves, so that the run also proves that it catches up.
     */
    private List<Answer> load(ProjectPreview preview, List<Target> targets) throws Exception {
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicLong next = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        long deadline = System.nanoTime() + LOAD.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT + 1);
        try {
            Future<?> saving = clients.submit(() -> {
                try {
                    editor.saveUntil(deadline, preview);
                    editor.finish();
                    awaitLastSaves(preview);
                } finally {
                    done.set(true);
                }
                return null;
            });
            List<Future<?>> asking = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                asking.add(clients.submit(() -> {
                    while (!done.get()) {
                        Target target = targets.get((int) (next.getAndIncrement() % targets.size()));
                        answers.add(ask(preview, target));
                    }
                }));
            }
            saving.get();
            for (Future<?> client : asking) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
            assertTrue(clients.awaitTermination(REQUEST_LIMIT.toSeconds(), TimeUnit.SECONDS));
        }
        return List.copyOf(answers);
    }

    /** Waits until the counted organisation's page shows the last summary and layout saves, without an error. */
    private void awaitLastSaves(ProjectPreview preview) throws Exception {
        String summary = EditorSaves.SUMMARY_MARK + editor.summarySaves() + ".";
        String layout = EditorSaves.TEMPLATE_MARK + editor.templateSaves() + "<";
        long limit = System.nanoTime() + EditorSaves.REBUILD_LIMIT.toNanos();
        String page = "";
        while (System.nanoTime() < limit) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(preview.uri("/organisaties/buurtzorg/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            page = response.body();
            if (response.statusCode() == 200 && page.contains(summary) && page.contains(layout)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the preview did not show " + summary + " and " + layout + " within " + EditorSaves.REBUILD_LIMIT
                + "; rebuilds: " + preview.rebuilds());
    }

    private Answer ask(ProjectPreview preview, Target target) {
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(preview.uri(target.path())).timeout(REQUEST_LIMIT).build();
        try {
            if (target.kind() == Kind.EVENTS) {
                return events(target, http.send(request, HttpResponse.BodyHandlers.ofInputStream()), started);
            }
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return check(target, response, started, System.nanoTime());
        } catch (IOException e) {
            return Answer.failed(target, started, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed(target, started, "interrupted");
        }
    }

    /** Opens the event stream, reads the greeting that says it is open, and goes away as a closed tab does. */
    private static Answer events(Target target, HttpResponse<InputStream> response, long started) throws IOException {
        String greeting;
        try (InputStream stream = response.body()) {
            greeting = new String(stream.readNBytes(": verbonden\n\n".length()), StandardCharsets.UTF_8);
        }
        Optional<String> problem = Optional.empty();
        if (response.statusCode() != 200 || !contentType(response).startsWith("text/event-stream")
                || !greeting.equals(": verbonden\n\n")) {
            problem = Optional.of("not an open event stream: " + contentType(response) + " " + greeting);
        }
        return new Answer(target, response.statusCode(), started, System.nanoTime(), -1, -1, false, problem);
    }

    private Answer check(Target target, HttpResponse<byte[]> response, long started, long finished) {
        int status = response.statusCode();
        byte[] body = response.body();
        String text = new String(body, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        int summary = single(SUMMARY_COUNT, text, problems);
        int template = -1;
        boolean errorPage = false;
        if (contentType(response).startsWith("text/html")) {
            if (!text.startsWith("<!DOCTYPE html>") || !text.stripTrailing().endsWith("</html>")) {
                problems.add("not a whole page: " + abbreviated(text));
            }
            Document page = Jsoup.parse(text);
            Element main = page.selectFirst("main");
            errorPage = main != null && main.hasClass("preview-errors");
            if (main == null) {
                problems.add("no main: " + abbreviated(text));
            } else if (errorPage) {
                checkErrorPage(page, status, started, problems);
            } else {
                template = single(TEMPLATE_COUNT, text, problems);
                if (template < 0) {
                    problems.add("a page without the layout's counter");
                }
            }
            if (page.select("script[src=" + PreviewServer.RELOAD_SCRIPT + "]").size() != 1) {
                problems.add("not exactly one reload script");
            }
        }
        boolean fine = switch (target.kind()) {
            case PAGE -> errorPage || status == 200;
            case MOVING_PAGE -> errorPage || status == 200 || status == 404;
            case MISSING -> errorPage || status == 404 && template >= 0;
            case FOLDER -> status == 302
                    && response.headers().firstValue("Location").equals(Optional.of(target.path() + "/"));
            case ASSET -> status == 200 && Arrays.equals(assets.get(target.path()), body);
            case DATA -> status == 200 && parses(target.path(), body, problems);
            case SEARCH -> status == 200 && parses(target.path(), body, problems) || status == 404;
            case EVENTS -> throw new IllegalArgumentException("answered apart");
        };
        if (!fine) {
            problems.add("unexpected answer for a " + target.kind() + ": " + contentType(response) + " " + abbreviated(text));
        }
        Optional<String> problem = problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
        return new Answer(target, status, started, finished, summary, template, errorPage, problem);
    }

    private void checkErrorPage(Document page, int status, long started, List<String> problems) {
        if (status != 500) {
            problems.add("the error page with status " + status);
        }
        if (System.nanoTime() < editor.firstBreak()) {
            problems.add("an error page before any file was broken");
        }
        List<String> positions = page.select("main.preview-errors li > p:first-child code").eachText();
        if (positions.isEmpty() || !positions.stream().allMatch(p -> p.startsWith(EditorSaves.BROKEN + ":"))) {
            problems.add("the error page names other errors than the broken file: " + positions);
        }
    }

    /** The one number the body shows after {@code mark}, or -1; two different numbers are a torn page. */
    private static int single(Pattern mark, String text, List<String> problems) {
        Set<Integer> counts = new TreeSet<>();
        Matcher matcher = mark.matcher(text);
        while (matcher.find()) {
            counts.add(Integer.parseInt(matcher.group(1)));
        }
        if (counts.size() > 1) {
            problems.add("parts of different saves in one answer: " + mark.pattern() + " " + counts);
        }
        return counts.isEmpty() ? -1 : counts.iterator().next();
    }

    /** Whether a data file is whole: XML and JSON by a strict parser, the calendar and CSV by their last line. */
    private static boolean parses(String path, byte[] body, List<String> problems) {
        try {
            if (path.endsWith(".json")) {
                new ObjectMapper().readTree(body);
            } else if (path.endsWith(".xml")) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setNamespaceAware(true);
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
            } else if (path.endsWith(".ics")) {
                return new String(body, StandardCharsets.UTF_8).endsWith("END:VCALENDAR\r\n");
            } else {
                return body.length > 0 && body[body.length - 1] == '\n';
            }
            return true;
        } catch (Exception e) {
            problems.add("does not parse: " + e.getMessage());
            return false;
        }
    }

    /**
     * What the clients ask for, shuffled with a fixed seed: every page of the sitemap once, and the files that
     * change (or must not) many times over, so that each kind is asked for hundreds of times in a run.
     */
    private List<Target> targets(ProjectPreview preview) throws Exception {
        List<Target> targets = new ArrayList<>();
        String sitemap = fetch(preview, "/sitemap.xml");
        Matcher location = Pattern.compile("<loc>http://localhost:8080(/[^<]*)</loc>").matcher(sitemap);
        while (location.find()) {
            if (!location.group(1).startsWith("/organisaties/kinderburgermeester/")
                    && !location.group(1).startsWith("/organisaties/homerushuis/")) {
                targets.add(new Target(Kind.PAGE, location.group(1)));
            }
        }
        assertTrue(targets.size() > 50, "the sitemap lists the pages: " + targets.size());
        Set<String> linked = new TreeSet<>();
        for (String page : List.of("/", "/zoeken/")) {
            Matcher link = LINK.matcher(fetch(preview, page));
            while (link.find()) {
                linked.add(link.group(1));
            }
        }
        String manifest = linked.stream().filter(l -> l.startsWith("/zoeken/index/manifest")).findFirst().orElseThrow();
        List<String> search = new ArrayList<>(List.of(manifest));
        Matcher shard = JSON_FILE.matcher(fetch(preview, manifest));
        while (shard.find() && search.size() < 12) {
            search.add("/zoeken/index/" + shard.group(1).substring(shard.group(1).lastIndexOf('/') + 1));
        }
        List<String> assetPaths = new ArrayList<>(linked.stream().filter(l -> l.startsWith("/assets/")).toList());
        assetPaths.add(PreviewServer.RELOAD_SCRIPT);
        for (String asset : assetPaths) {
            assets.put(asset, http.send(HttpRequest.newBuilder(preview.uri(asset)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body());
        }
        for (int copies = 0; copies < 10; copies++) {
            targets.add(new Target(Kind.PAGE, "/organisaties/buurtzorg/"));
            targets.add(new Target(Kind.PAGE, "/organisaties/"));
            targets.add(new Target(Kind.MOVING_PAGE, "/organisaties/kinderburgermeester/"));
            targets.add(new Target(Kind.MOVING_PAGE, "/organisaties/kinderburgermeester-almere/"));
            targets.add(new Target(Kind.MOVING_PAGE, "/organisaties/homerushuis/"));
            targets.add(new Target(Kind.FOLDER, "/organisaties"));
            targets.add(new Target(Kind.EVENTS, PreviewServer.EVENTS));
            targets.add(new Target(Kind.MISSING, "/bestaat-niet/"));
            targets.add(new Target(Kind.MISSING, "/organisaties/bestaat-niet"));
            targets.add(new Target(Kind.MISSING, "/assets/bestaat-niet.css"));
            for (String data : List.of("/sitemap.xml", "/nieuws/feed.xml", "/nieuws/atom.xml", "/agenda.ics",
                    "/organisaties.json", "/organisaties.csv", "/robots.txt")) {
                targets.add(new Target(Kind.DATA, data));
            }
            assetPaths.forEach(asset -> targets.add(new Target(Kind.ASSET, asset)));
            search.forEach(file -> targets.add(new Target(Kind.SEARCH, file)));
        }
        Collections.shuffle(targets, new Random(9));
        return List.copyOf(targets);
    }

    private String fetch(ProjectPreview preview, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(preview.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static String abbreviated(String text) {
        return text.length() <= 160 ? text : text.substring(0, 80) + " … " + text.substring(text.length() - 80);
    }
}
