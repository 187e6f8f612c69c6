package nl.soneta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * GitHub Actions cannot be run from the development machine, so the workflow files are checked
 * structurally here, including that they use the commands the README documents.
 */
class WorkflowFilesTest {

    private static final Path CI_WORKFLOW = Path.of(".github/workflows/ci.yml");
    private static final Path PUBLISH_WORKFLOW = Path.of(".github/workflows/publish.yml");
    private static final Path README = Path.of("README.md");
    private static final Path CI_SCRIPT = Path.of(".ci/run");

    private static final String JAR = "java -jar target/soneta-site.jar";
    private static final String TEST_COMMAND = "./mvnw -B verify";
    private static final String LIGHTHOUSE_SCRIPT = ".ci/lighthouse";
    private static final String LIGHTHOUSE_REPORTS = "target/lighthouse/reports";
    private static final Pattern BASE_URL_ARGUMENT = Pattern.compile("\\s--base-url\\s+(\"[^\"]*\"|\\S+)");


    @Test
    void ciRunsOnPullRequestsWithReadOnlyAccess() throws IOException {
        Map<String, Object> ci = loadWorkflow(CI_WORKFLOW);

        assertTrue(triggers(ci).containsKey("pull_request"), "ci.yml must run on pull_request, triggers: " + triggers(ci).keySet());
        assertEquals(Map.of("contents", "read"), ci.get("permissions"), "ci.yml top-level permissions");
        Map<String, Object> concurrency = mapAt(ci, "concurrency", "ci.yml");
        assertTrue(String.valueOf(concurrency.get("group")).contains("${{ github.ref }}"),
                "ci.yml concurrency group must be per ref, was: " + concurrency.get("group"));
        assertEquals(true, concurrency.get("cancel-in-progress"), "ci.yml concurrency cancel-in-progress");
        for (String jobName : jobs(ci).keySet()) {
            assertFalse(job(ci, jobName).containsKey("permissions"), "ci.yml job '" + jobName + "' must not widen permissions");
        }
    }

    @Test
    void ciTestJobRunsCiScriptThenChecksAndBuildsTheSite() throws IOException {
        Map<String, Object> testJob = job(loadWorkflow(CI_WORKFLOW), "test");
        List<Map<String, Object>> steps = steps(testJob, "ci.yml job 'test'");

        assertEquals("ubuntu-latest", testJob.get("runs-on"), "ci.yml job 'test' runs-on");
        assertEquals(90, testJob.get("timeout-minutes"), "ci.yml job 'test' timeout-minutes");
        assertUsesAction(steps, "actions/checkout@v4", "ci.yml");
        assertSetsUpTemurin17WithMavenCache(steps, "ci.yml");

        int ciScriptStep = indexOfStepRunning(steps, ".ci/run", "ci.yml job 'test'");
        assertEquals("true", mapAt(steps.get(ciScriptStep), "env", "the .ci/run step").get("CI"),
                "the .ci/run step must set env CI to the string \"true\"");

        int setupNode = indexOfStepUsing(steps, "actions/setup-node@v4", "ci.yml job 'test'");
        assertEquals("22", mapAt(steps.get(setupNode), "with", "setup-node step").get("node-version"),
                "ci.yml setup-node node-version (Lighthouse in .ci/run declares Node 22; a quoted string)");
        assertTrue(setupNode < ciScriptStep, "Node must be set up before .ci/run runs Lighthouse");

        int checkStep = indexOfStepRunning(steps, JAR + " check --format github", "ci.yml job 'test'");
        assertTrue(runLines(steps.get(checkStep)).stream().anyMatch(line -> line.startsWith("./mvnw -B -q -DskipTests package &&")),
                "the check step runs before the tests, so it must build the jar itself");
        int buildStep = indexOfStepRunning(steps, JAR + " build", "ci.yml job 'test'");
        assertTrue(checkStep < ciScriptStep,
                "content problems are annotated on the pull request before the (long) test run");
        assertTrue(ciScriptStep < buildStep, "the site is built with the jar that .ci/run built and tested");

        int uploadStep = indexOfStepUsing(steps, "actions/upload-artifact@v4", "ci.yml job 'test'");
        Map<String, Object> upload = mapAt(steps.get(uploadStep), "with", "upload-artifact step");
        assertEquals("target/site", upload.get("path"), "upload-artifact path");
        assertEquals("site", upload.get("name"), "upload-artifact name");
        assertEquals(7, upload.get("retention-days"), "upload-artifact retention-days");
        assertTrue(buildStep < uploadStep, "the site must be built before it is uploaded");

        Map<String, Object> reports = steps.stream()
                .filter(step -> "actions/upload-artifact@v4".equals(step.get("uses")) && "failure()".equals(step.get("if")))
                .findFirst().orElseGet(() -> fail("ci.yml job 'test' must upload the Lighthouse reports when it fails"));
        assertEquals(LIGHTHOUSE_REPORTS, mapAt(reports, "with", "Lighthouse reports upload").get("path"),
                "Lighthouse reports upload path");
    }

    @Test
    void ciKeepsTheScreenshotsOfTheBrowserTestsAlsoWhenTheTestsFail() throws IOException {
        List<Map<String, Object>> steps = steps(job(loadWorkflow(CI_WORKFLOW), "test"), "ci.yml job 'test'");
        int ciScriptStep = indexOfStepRunning(steps, ".ci/run", "ci.yml job 'test'");
        List<Integer> uploads = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Object with = steps.get(i).get("with");
            if ("actions/upload-artifact@v4".equals(steps.get(i).get("uses")) && with instanceof Map<?, ?> w
                    && "target/screenshots/".equals(w.get("path"))) {
                uploads.add(i);
            }
        }
        assertEquals(1, uploads.size(), "one upload-artifact step for target/screenshots/");
        Map<String, Object> upload = steps.get(uploads.get(0));
        assertEquals("always()", upload.get("if"), "the screenshots are uploaded even after failing tests");
        assertEquals("screenshots", mapAt(upload, "with", "screenshots upload").get("name"));
        assertTrue(ciScriptStep < uploads.get(0), "the screenshots are taken by the tests before they are uploaded");
    }


    @Test
    void publishTriggersOnMainNightlyAndManually() throws IOException {
        Map<String, Object> triggers = triggers(loadWorkflow(PUBLISH_WORKFLOW));

        assertEquals(Set.of("push", "schedule", "workflow_dispatch"), triggers.keySet(), "publish.yml triggers");
        assertEquals(List.of("main"), mapAt(triggers, "push", "publish.yml push trigger").get("branches"),
                "publish.yml must publish only pushes to main");
        List<?> schedules = assertInstanceOf(List.class, triggers.get("schedule"), "publish.yml schedule must be a list");
        assertFalse(schedules.isEmpty(), "publish.yml schedule has no entries");
        for (Object schedule : schedules) {
            Object cron = asMap(schedule, "publish.yml schedule entry").get("cron");
            assertTrue(cron instanceof String s && s.trim().split("\\s+").length == 5,
                    "publish.yml schedule entry needs a five-field cron, was: " + cron);
        }
        // Once a day, shortly after midnight in Almere (UTC+1/+2), so an item with publishDate or expiryDate
        // of today is published or removed on that day; cron is read in UTC.
        Object cron = asMap(schedules.get(0), "publish.yml schedule entry").get("cron");
        String[] fields = String.valueOf(cron).trim().split("\\s+");
        assertEquals(List.of("*", "*", "*"), List.of(fields[2], fields[3], fields[4]),
                "publish.yml must run every day, was: " + cron);
        int hour = Integer.parseInt(fields[1]);
        assertTrue(hour >= 0 && hour <= 5, "publish.yml must run at night, early on the day in Almere, was: " + cron);
    }

    @Test
    void publishGrantsPagesWriteOnlyToDeploy() throws IOException {
        Map<String, Object> publish = loadWorkflow(PUBLISH_WORKFLOW);

        assertEquals(Map.of("contents", "read"), publish.get("permissions"), "publish.yml top-level permissions");
        assertFalse(job(publish, "build").containsKey("permissions"), "publish.yml job 'build' must keep the read-only default");
        assertEquals(Map.of("pages", "write", "id-token", "write"), job(publish, "deploy").get("permissions"),
                "publish.yml job 'deploy' permissions");
        Map<String, Object> concurrency = mapAt(publish, "concurrency", "publish.yml");
        assertTrue(concurrency.get("group") instanceof String group && !group.isBlank(),
                "publish.yml concurrency group must be set, was: " + concurrency.get("group"));
        assertEquals(false, concurrency.get("cancel-in-progress"), "publish.yml must never cancel a running deployment");
    }

    @Test
    void publishBuildsWithPagesBaseUrlAndUploadsTheSite() throws IOException {
        Map<String, Object> buildJob = job(loadWorkflow(PUBLISH_WORKFLOW), "build");
        List<Map<String, Object>> steps = steps(buildJob, "publish.yml job 'build'");

        assertUsesAction(steps, "actions/checkout@v4", "publish.yml");
        assertSetsUpTemurin17WithMavenCache(steps, "publish.yml");
        int configurePages = indexOfStepUsing(steps, "actions/configure-pages@v5", "publish.yml job 'build'");
        assertEquals("pages", steps.get(configurePages).get("id"), "configure-pages step id");

        int build = indexOfStepRunning(steps, JAR + " build", "publish.yml job 'build'");
        String buildCommand = String.valueOf(steps.get(build).get("run"));
        assertTrue(buildCommand.contains("--base-url \"${{ steps.pages.outputs.base_url }}/\""),
                "publish build must use the Pages base URL with a trailing slash, was: " + buildCommand);
        assertTrue(configurePages < build, "configure-pages must run before the build that uses its output");

        int upload = indexOfStepUsing(steps, "actions/upload-pages-artifact@v3", "publish.yml job 'build'");
        assertEquals("target/site", mapAt(steps.get(upload), "with", "upload-pages-artifact step").get("path"),
                "upload-pages-artifact path");
        assertTrue(build < upload, "the site must be built before it is uploaded");
    }

    @Test
    void publishDeploysAfterBuildToPagesEnvironment() throws IOException {
        Map<String, Object> deployJob = job(loadWorkflow(PUBLISH_WORKFLOW), "deploy");
        List<Map<String, Object>> steps = steps(deployJob, "publish.yml job 'deploy'");

        Object needs = deployJob.get("needs");
        assertTrue("build".equals(needs) || List.of("build").equals(needs), "publish.yml deploy must need build, was: " + needs);
        Map<String, Object> environment = mapAt(deployJob, "environment", "publish.yml job 'deploy'");
        assertEquals("github-pages", environment.get("name"), "deploy environment name");
        assertEquals("${{ steps.deployment.outputs.page_url }}", environment.get("url"), "deploy environment url");
        int deploy = indexOfStepUsing(steps, "actions/deploy-pages@v4", "publish.yml job 'deploy'");
        assertEquals("deployment", steps.get(deploy).get("id"), "deploy-pages step id");
    }


    @Test
    void everyWorkflowCommandIsDocumentedInReadme() throws IOException {
        List<String> readmeCommands = readmeCommands();
        List<String> workflowCommands = new ArrayList<>();
        workflowCommands.addAll(projectCommands(loadWorkflow(CI_WORKFLOW)));
        workflowCommands.addAll(projectCommands(loadWorkflow(PUBLISH_WORKFLOW)));
        assertFalse(workflowCommands.isEmpty(), "no workflow step runs ./mvnw or " + JAR);

        for (String workflowCommand : workflowCommands) {
            String withoutBaseUrl = BASE_URL_ARGUMENT.matcher(workflowCommand).replaceAll("");
            assertTrue(readmeCommands.contains(withoutBaseUrl) || readmeCommandParts(readmeCommands).contains(withoutBaseUrl),
                    "workflow command `" + withoutBaseUrl + "` (from `" + workflowCommand + "`) is not in a README code block;"
                            + " README commands: " + readmeCommands);
            if (!withoutBaseUrl.equals(workflowCommand)) {
                assertTrue(readmeCommands.stream().anyMatch(c -> BASE_URL_ARGUMENT.matcher(c).find()),
                        "workflow command `" + workflowCommand + "` uses --base-url, but the README shows no --base-url example;"
                                + " README commands: " + readmeCommands);
            }
        }
    }

    @Test
    void ciScriptRunsTheReadmeTestCommand() throws IOException {
        assertTrue(readmeCommands().contains(TEST_COMMAND), "README.md must document the test command `" + TEST_COMMAND + "`");
        assertTrue(Files.isRegularFile(CI_SCRIPT), CI_SCRIPT + " is missing; ci.yml runs it");
        assertTrue(Files.readString(CI_SCRIPT).contains(TEST_COMMAND), CI_SCRIPT + " must run `" + TEST_COMMAND + "`");
    }

    @Test
    void ciScriptRunsTheLighthouseGateAfterTheTests() throws IOException {
        List<String> lines = Files.readAllLines(CI_SCRIPT).stream().map(String::trim).toList();
        int tests = lines.indexOf(TEST_COMMAND);
        int lighthouse = lines.indexOf(LIGHTHOUSE_SCRIPT);
        assertTrue(tests >= 0 && lighthouse > tests,
                CI_SCRIPT + " must run `" + LIGHTHOUSE_SCRIPT + "` on a line of its own after `" + TEST_COMMAND + "`");
        assertTrue(Files.isExecutable(Path.of(LIGHTHOUSE_SCRIPT)), LIGHTHOUSE_SCRIPT + " must be executable");
        assertTrue(Files.readString(README).contains("\n" + LIGHTHOUSE_SCRIPT + "\n"),
                "README.md must show `" + LIGHTHOUSE_SCRIPT + "` in a code block");
        assertTrue(Files.readString(Path.of(LIGHTHOUSE_SCRIPT)).contains(LIGHTHOUSE_REPORTS),
                LIGHTHOUSE_SCRIPT + " must write its reports to " + LIGHTHOUSE_REPORTS + ", which ci.yml uploads");
    }


    private static Map<String, Object> loadWorkflow(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " is missing");
        Object document = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        return asMap(document, file.toString());
    }

    private static Map<String, Object> triggers(Map<String, Object> workflow) {
        return mapAt(workflow, "on", "workflow");
    }

    private static Map<String, Object> jobs(Map<String, Object> workflow) {
        return mapAt(workflow, "jobs", "workflow");
    }

    private static Map<String, Object> job(Map<String, Object> workflow, String name) {
        return mapAt(jobs(workflow), name, "jobs");
    }

    private static List<Map<String, Object>> steps(Map<String, Object> job, String description) {
        List<?> rawSteps = assertInstanceOf(List.class, job.get("steps"), description + " needs a list of steps");
        return rawSteps.stream().map(step -> asMap(step, description + " step")).toList();
    }

    private static int indexOfStepUsing(List<Map<String, Object>> steps, String action, String description) {
        for (int i = 0; i < steps.size(); i++) {
            if (action.equals(steps.get(i).get("uses"))) {
                return i;
            }
        }
        return fail(description + " has no step with `uses: " + action + "`; uses: " + steps.stream().map(s -> s.get("uses")).toList());
    }

    private static int indexOfStepRunning(List<Map<String, Object>> steps, String command, String description) {
        for (int i = 0; i < steps.size(); i++) {
            if (runLines(steps.get(i)).stream().anyMatch(line -> containsCommand(line, command))) {
                return i;
            }
        }
        return fail(description + " has no step running `" + command + "`; runs: " + steps.stream().map(s -> s.get("run")).toList());
    }

    private static boolean containsCommand(String line, String command) {
        return Pattern.compile("(^|\\s)" + Pattern.quote(command) + "(\\s|$)").matcher(line).find();
    }

    private static void assertUsesAction(List<Map<String, Object>> steps, String action, String workflowName) {
        indexOfStepUsing(steps, action, workflowName);
    }

    private static void assertSetsUpTemurin17WithMavenCache(List<Map<String, Object>> steps, String workflowName) {
        int setupJava = indexOfStepUsing(steps, "actions/setup-java@v4", workflowName);
        Map<String, Object> with = mapAt(steps.get(setupJava), "with", workflowName + " setup-java step");
        assertEquals("temurin", with.get("distribution"), workflowName + " setup-java distribution");
        assertEquals("17", with.get("java-version"), workflowName + " setup-java java-version (a quoted string)");
        assertEquals("maven", with.get("cache"), workflowName + " setup-java cache");
    }

    private static List<String> runLines(Map<String, Object> step) {
        if (!(step.get("run") instanceof String run)) {
            return List.of();
        }
        return run.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> projectCommands(Map<String, Object> workflow) {
        List<String> commands = new ArrayList<>();
        for (String jobName : jobs(workflow).keySet()) {
            for (Map<String, Object> step : steps(job(workflow, jobName), "job '" + jobName + "'")) {
                runLines(step).stream()
                        .filter(line -> line.startsWith("./mvnw") || line.startsWith(JAR))
                        .forEach(commands::add);
            }
        }
        return commands;
    }

    private static List<String> readmeCommands() throws IOException {
        assertTrue(Files.isRegularFile(README), README + " is missing");
        List<String> commands = new ArrayList<>();
        boolean inCodeBlock = false;
        for (String line : Files.readAllLines(README)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("```")) {
                inCodeBlock = !inCodeBlock;
            } else if (inCodeBlock) {
                String command = trimmed.startsWith("$ ") ? trimmed.substring(2) : trimmed;
                if (command.startsWith("./mvnw") || command.startsWith(JAR)) {
                    commands.add(command);
                }
            }
        }
        return commands;
    }

    private static List<String> readmeCommandParts(List<String> readmeCommands) {
        return readmeCommands.stream()
                .flatMap(command -> Arrays.stream(command.split("&&")))
                .map(String::trim)
                .toList();
    }

    private static Map<String, Object> mapAt(Map<String, Object> parent, String key, String description) {
        assertTrue(parent.containsKey(key), description + " has no '" + key + "'; keys: " + parent.keySet());
        return asMap(parent.get(key), description + " '" + key + "'");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String description) {
        return assertInstanceOf(Map.class, value, description + " must be a mapping, was: " + value);
    }
}
