using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGen.Tests;

/// <summary>
/// The pull-request workflow (.github/workflows/facts.yml) held to the rules of docs/security.md: read-only
/// token, actions pinned by full commit SHA with their tag in a comment, no credentials left in .git, a time
/// limit on every job, and the review (job summary, evidence report) written by a tool built from the base
/// branch, never from the pull request's own code.
/// </summary>
public partial class WorkflowTests
{
    private static readonly string WorkflowFile = Path.Combine(RepositoryPaths.Root, ".github", "workflows", "facts.yml");

    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(WorkflowFile);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IEnumerable<(string Name, YamlMappingNode Job)> Jobs()
        => ((YamlMappingNode)Workflow()["jobs"]).Children.Select(j => (((YamlScalarNode)j.Key).Value!, (YamlMappingNode)j.Value));

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>();

    private static string? Scalar(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? ((YamlScalarNode)value).Value : null;

    private static string? With(YamlMappingNode step, string key)
        => step.Children.TryGetValue(new YamlScalarNode("with"), out YamlNode? with) ? Scalar((YamlMappingNode)with, key) : null;

    private static bool IsCheckout(YamlMappingNode step) => Scalar(step, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true;

    [Fact]
    public void The_token_can_only_read()
    {
        YamlMappingNode permissions = (YamlMappingNode)Workflow()["permissions"];

        Assert.Equal(["contents=read"], permissions.Children.Select(p => ((YamlScalarNode)p.Key).Value + "=" + ((YamlScalarNode)p.Value).Value));
        Assert.All(Jobs(), job => Assert.False(job.Job.Children.ContainsKey(new YamlScalarNode("permissions")), job.Name + " widens the permissions"));
    }

    [Fact]
    public void Every_action_is_pinned_by_a_full_commit_sha_with_its_tag_in_a_comment()
    {
        string[] uses = File.ReadAllLines(WorkflowFile).Where(line => UsesLine().IsMatch(line)).ToArray();

        Assert.Equal(Jobs().SelectMany(j => Steps(j.Job)).Count(s => Scalar(s, "uses") is not null), uses.Length);
        Assert.All(uses, line => Assert.Matches(@"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line));
    }

    [Fact]
    public void No_checkout_keeps_the_token_and_every_job_has_a_time_limit()
    {
        foreach ((string name, YamlMappingNode job) in Jobs())
        {
            Assert.True(int.TryParse(Scalar(job, "timeout-minutes"), out int minutes) && minutes is > 0 and <= 120, name + " has no time limit");
            Assert.All(Steps(job).Where(IsCheckout), step => Assert.Equal("false", With(step, "persist-credentials")));
        }
    }

    [Fact]
    public void The_review_is_written_by_the_tool_built_from_the_base_branch_beside_the_pull_request()
    {
        // The jobs whose output a reviewer reads: the job summary and the uploaded report.
        var reviews = Jobs().Where(j => Steps(j.Job).Any(s => (Scalar(s, "run") ?? string.Empty).Contains("GITHUB_STEP_SUMMARY", StringComparison.Ordinal) || Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true)).ToList();
        Assert.NotEmpty(reviews);
        foreach ((string name, YamlMappingNode job) in reviews)
        {
            YamlMappingNode baseCheckout = Assert.Single(Steps(job), s => IsCheckout(s) && With(s, "ref") == "${{ github.base_ref }}");
            YamlMappingNode pullRequest = Assert.Single(Steps(job), s => IsCheckout(s) && With(s, "ref") is null);
            string basePath = With(baseCheckout, "path") ?? string.Empty;
            string pullRequestPath = With(pullRequest, "path") ?? string.Empty;
            // Beside, not around: MSBuild and NuGet read Directory.Build.props and NuGet.config from every folder above a project.
            Assert.NotEqual(string.Empty, basePath);
            Assert.NotEqual(string.Empty, pullRequestPath);
            Assert.False(basePath.StartsWith(pullRequestPath + "/", StringComparison.Ordinal) || basePath == pullRequestPath, name + ": the base is checked out inside the pull request");

            string[] commands = Steps(job).Select(s => Scalar(s, "run")).OfType<string>().SelectMany(r => r.Split('\n')).Where(l => l.TrimStart().StartsWith("dotnet ", StringComparison.Ordinal)).ToArray();
            Match build = Assert.Single(commands.Select(c => BaseBuild().Match(c)), m => m.Success);
            Assert.Equal(basePath, build.Groups["from"].Value);
            string tool = build.Groups["out"].Value + "/KnowledgeGen.Tool.dll";
            foreach (string command in commands.Where(c => !BaseBuild().IsMatch(c)))
            {
                Assert.StartsWith($"dotnet \"{tool}\" ", command.Trim(), StringComparison.Ordinal);
            }

            Assert.Contains(commands, c => c.Contains(" diff ", StringComparison.Ordinal) && c.Contains("GITHUB_STEP_SUMMARY", StringComparison.Ordinal));
            Assert.Contains(commands, c => c.Contains(" report ", StringComparison.Ordinal));
        }
    }

    [GeneratedRegex(@"^\s*(- )?uses: ")]
    private static partial Regex UsesLine();

    [GeneratedRegex("^\\s*dotnet build (?<from>[^/\\s]+)/src/KnowledgeGen\\.Tool .*-o \"(?<out>[^\"]+)\"\\s*$")]
    private static partial Regex BaseBuild();
}
