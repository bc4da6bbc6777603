using System.Net;
using System.Text;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>
/// Writes HTML with every piece of text and every attribute value encoded by <see cref="WebUtility.HtmlEncode(string)"/>;
/// element and attribute names are the caller's constants. Nothing from a fact file or an article reaches the page
/// unencoded.
/// </summary>
public sealed class HtmlWriter
{
    private readonly StringBuilder _html = new();
    private readonly Stack<string> _open = new();

    /// <summary>Opens an element; attributes are name/value pairs, a null value leaving the attribute out.</summary>
    public HtmlWriter Open(string element, params (string Name, string? Value)[] attributes)
    {
        StartTag(element, attributes);
        _open.Push(element);
        return this;
    }

    public HtmlWriter Close()
    {
        _html.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string element, string text, params (string Name, string? Value)[] attributes)
        => Open(element, attributes).Text(text).Close();

    /// <summary>An element without content, such as meta.</summary>
    public HtmlWriter Void(string element, params (string Name, string? Value)[] attributes)
    {
        StartTag(element, attributes);
        return this;
    }

    public HtmlWriter Doctype()
    {
        _html.Append("<!DOCTYPE html>");
        return this;
    }

    public HtmlWriter Text(string text)
    {
        _html.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    public HtmlWriter Line()
    {
        _html.Append('\n');
        return this;
    }

    /// <summary>The style sheet, which is the tool's own resource, never input; written as given, so that its hash is the text's.</summary>
    public HtmlWriter Style(string css)
    {
        _html.Append("<style>").Append(css).Append("</style>");
        return this;
    }

    /// <summary>A script, which is the tool's own resource, never input.</summary>
    public HtmlWriter Script(string script)
    {
        _html.Append("<script>").Append(script).Append("</script>");
        return this;
    }

    /// <summary>
    /// Data for a script, as a JSON block the browser never runs. The JSON must escape '&lt;' (as
    /// System.Text.Json's default encoder does), so that no text in it can close the element.
    /// </summary>
    public HtmlWriter JsonData(string id, string json)
    {
        if (json.Contains('<'))
        {
            throw new ArgumentException("JSON inside HTML must escape '<'.", nameof(json));
        }

        _html.Append("<script type=\"application/json\" id=\"").Append(WebUtility.HtmlEncode(id)).Append("\">").Append(json).Append("</script>");
        return this;
    }

    public override string ToString()
    {
        if (_open.Count > 0)
        {
            throw new InvalidOperationException("Unclosed elements: " + string.Join(", ", _open));
        }

        return _html.ToString();
    }

    private void StartTag(string element, (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(element);
        foreach ((string name, string? value) in attributes)
        {
            if (value is not null)
            {
                _html.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
            }
        }

        _html.Append('>');
    }
}
