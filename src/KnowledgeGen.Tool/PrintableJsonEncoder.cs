using System.Globalization;
using System.Text.Encodings.Web;

namespace KnowledgeGen.Tool;

/// <summary>
/// The JSON the tool writes: unescaped where JSON allows it (HTML-sensitive characters included, as the relaxed
/// encoder leaves them), but every character <see cref="PrintableText"/> escapes written as \uXXXX, so that no
/// control character, line separator or bidirectional override reaches the file raw. The values read back the same.
/// </summary>
public sealed class PrintableJsonEncoder : JavaScriptEncoder
{
    public static readonly PrintableJsonEncoder Instance = new();

    private static readonly JavaScriptEncoder Relaxed = UnsafeRelaxedJsonEscaping;

    private PrintableJsonEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => Math.Max(Relaxed.MaxOutputCharactersPerInputCharacter, 6);

    public override bool WillEncode(int unicodeScalar)
        => (unicodeScalar <= char.MaxValue && PrintableText.IsUnprintable((char)unicodeScalar)) || Relaxed.WillEncode(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        int relaxed = Relaxed.FindFirstCharacterToEncode(text, textLength);
        int end = relaxed < 0 ? textLength : relaxed;
        for (int i = 0; i < end; i++)
        {
            if (PrintableText.IsUnprintable(text[i]))
            {
                return i;
            }
        }

        return relaxed;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        // What the relaxed encoder escapes already it escapes its way (\n, \r, \t, \u0007).
        if (Relaxed.WillEncode(unicodeScalar) || unicodeScalar > char.MaxValue || !PrintableText.IsUnprintable((char)unicodeScalar))
        {
            return Relaxed.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        }

        string escaped = "\\u" + unicodeScalar.ToString("X4", CultureInfo.InvariantCulture);
        if (bufferLength < escaped.Length)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        for (int i = 0; i < escaped.Length; i++)
        {
            buffer[i] = escaped[i];
        }

        numberOfCharactersWritten = escaped.Length;
        return true;
    }
}
