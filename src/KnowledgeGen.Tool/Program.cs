return KnowledgeGen.Tool.CommandLine.Run(
    args,
    Console.Out,
    Console.Error,
    githubActions: Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true");
