namespace KnowledgeGen.Tool.Reviewing;

/// <summary>A side of a diff or a report's input that cannot be read; its message is printed as it is (exit code 2).</summary>
public sealed class UnreadableInputException(string message) : Exception(message);
