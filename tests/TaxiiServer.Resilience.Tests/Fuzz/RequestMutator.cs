using System.Text;
using System.Text.Json.Nodes;
using TaxiiServer.Resilience.Tests.Infrastructure;

namespace TaxiiServer.Resilience.Tests.Fuzz;

/// <summary>
/// A seeded, reproducible generator of hostile requests against the TAXII and admin APIs: JSON and STIX
/// mutations of envelopes, query, path, header and framing mutations, and slow clients. The same seed always
/// yields the same requests.
/// </summary>
internal sealed class RequestMutator(int seed, string host)
{
    private static readonly string Auth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("writer:" + Hub.Password));
    private static readonly string AdminAuth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + Hub.Password));
    private static readonly string[] Hostile =
    [
        "", " ", "\\u0000", "\\udfff", "\\ud800\\u0041", "\\ud83d\\ude00", "é", "%ff", "%2e%2e%2f", "../", "..%2f", "\\\\", "\"",
        "indicator--", "indicator--00000000-0000-0000-0000-000000000000", "2026-13-45T25:61:61Z", "9999-12-31T23:59:59.999999999Z",
        "0001-01-01T00:00:00Z", "-1", "0", "2147483648", "1e999", "NaN", "null", "true", "[]", "{}", "a,b,,c", "*", "first,last,all",
    ];

    private static readonly string[] JsonValues =
    [
        "null", "true", "0", "-0", "1e308", "-1e999", "123456789012345678901234567890", "\"\"", "\"\\udfff\"", "\"\\ud800\"", "[]", "{}",
        "[[[[[[[[[[]]]]]]]]]]", "\"x\"", "{\"a\":{\"b\":{}}}", "[null]", "\"2026-02-30T00:00:00Z\"", "\"indicator--1\"",
    ];

    private static readonly string[] StixProperties =
    [
        "type", "id", "spec_version", "created", "modified", "pattern", "pattern_type", "valid_from", "valid_until", "labels",
        "external_references", "object_marking_refs", "granular_markings", "created_by_ref", "extensions", "lang", "confidence",
        "revoked", "name", "kill_chain_phases", "x_custom", "", "Type", "id\\u0000",
    ];

    private static readonly byte[] InvalidUtf8 = [0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xF8];

    private readonly Random _random = new(seed);

    public FuzzCase Next() => _random.Next(10) switch
    {
        0 or 1 => JsonMutation(),
        2 or 3 => StixMutation(),
        4 => QueryMutation(),
        5 => PathMutation(),
        6 => HeaderMutation(),
        7 => FramingMutation(),
        8 => AdminMutation(),
        _ => _random.Next(20) == 0 ? SlowClient() : StixMutation(),
    };

    private static string ObjectsPath => "/" + Hub.CollectionUrl() + "objects/";

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];

    private JsonObject Indicator() => new()
    {
        ["type"] = "indicator",
        ["spec_version"] = "2.1",
        ["id"] = "indicator--" + new Guid(_random.Next(), (short)_random.Next(), (short)(0x4000 | _random.Next(0x0FFF)), 0x80, 1, 2, 3, 4, 5, 6, 7),
        ["created"] = "2026-01-01T00:00:00.000Z",
        ["modified"] = "2026-01-01T00:00:00.000Z",
        ["name"] = "fuzz",
        ["pattern"] = "[ipv4-addr:value = '203.0.113.9']",
        ["pattern_type"] = "stix",
        ["valid_from"] = "2026-01-01T00:00:00Z",
    };

    private string Envelope(int count) =>
        new JsonObject { ["objects"] = new JsonArray(Enumerable.Range(0, count).Select(_ => (JsonNode)Indicator()).ToArray()) }.ToJsonString();

    /// <summary>Byte-level damage to a valid envelope: flips, cuts, insertions of JSON-significant or hostile text.</summary>
    private FuzzCase JsonMutation()
    {
        var body = new List<byte>(Encoding.UTF8.GetBytes(Envelope(_random.Next(1, 4))));
        for (var edits = _random.Next(1, 4); edits > 0 && body.Count > 0; edits--)
        {
            var at = _random.Next(body.Count);
            switch (_random.Next(5))
            {
                case 0:
                    body[at] = (byte)_random.Next(256);
                    break;
                case 1:
                    body.RemoveRange(at, Math.Min(body.Count - at, _random.Next(1, 20)));
                    break;
                case 2:
                    body.InsertRange(at, Encoding.UTF8.GetBytes(Pick(["{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\udfff", "\\ud800", "\u0000", "\uFEFF"])));
                    break;
                case 3:
                    body.InsertRange(at, Enumerable.Repeat((byte)'[', _random.Next(10, 200)));
                    break;
                default:
                    body.InsertRange(at, InvalidUtf8[.._random.Next(1, 6)]); // overlong, surrogate, invalid UTF-8
                    break;
            }
        }

        return new FuzzCase("json", Http("POST", ObjectsPath, body.ToArray()));
    }

    /// <summary>Valid JSON, hostile STIX: properties removed, retyped, renamed or given hostile values; entries of other kinds.</summary>
    private FuzzCase StixMutation()
    {
        var objects = new JsonArray();
        var raws = new List<string>();
        for (var n = _random.Next(1, 5); n > 0; n--)
        {
            var stix = Indicator();
            for (var edits = _random.Next(1, 4); edits > 0; edits--)
            {
                var property = Pick(StixProperties);
                switch (_random.Next(4))
                {
                    case 0:
                        stix.Remove(property);
                        break;
                    case 1:
                        // A placeholder, replaced by the raw JSON text below: some values (lone surrogates) cannot
                        // go through a JsonNode.
                        raws.Add(Pick(JsonValues));
                        stix[property] = $"__raw{raws.Count - 1}__";
                        break;
                    case 2:
                        stix[property] = Pick(Hostile).Replace("\\u", "\\\\u", StringComparison.Ordinal);
                        break;
                    default:
                        stix[property] = new string('a', _random.Next(1, 100_000));
                        break;
                }
            }

            objects.Add(stix);
        }

        var json = new JsonObject { ["objects"] = objects }.ToJsonString();
        for (var k = 0; k < raws.Count; k++)
        {
            json = json.Replace($"\"__raw{k}__\"", raws[k], StringComparison.Ordinal);
        }
        // Escapes the serializer would not write: lone surrogates as the JSON text of a value.
        if (_random.Next(4) == 0)
        {
            json = json.Replace("\"fuzz\"", "\"\\udfff" + Pick(["", "\\ud800", "x"]) + "\"", StringComparison.Ordinal);
        }

        if (_random.Next(6) == 0)
        {
            json = json.Replace("{\"objects\":[", "{\"objects\":[" + Pick(JsonValues) + ",", StringComparison.Ordinal);
        }

        return new FuzzCase("stix", Http("POST", ObjectsPath, Encoding.UTF8.GetBytes(json)));
    }

    private FuzzCase QueryMutation()
    {
        var names = new[] { "limit", "added_after", "next", "match[id]", "match[type]", "match[version]", "match[spec_version]", "match[unknown]", "limit[]", "" };
        var query = string.Join("&", Enumerable.Range(0, _random.Next(1, 5)).Select(_ =>
            Uri.EscapeDataString(Pick(names)) + "=" + (_random.Next(3) == 0 ? Pick(Hostile) : Uri.EscapeDataString(Pick(Hostile)))));
        var path = "/" + Hub.CollectionUrl() + Pick(["objects/", "manifest/", "objects/indicator--6f3c1a52-4a8e-4c55-9d55-0c1e3b7f0a01/", "objects/indicator--6f3c1a52-4a8e-4c55-9d55-0c1e3b7f0a01/versions/"]);
        return new FuzzCase("query", Http(Pick(["GET", "GET", "DELETE"]), path + "?" + query.Replace(" ", "%20", StringComparison.Ordinal), null), ServerMayAnswer: true);
    }

    private FuzzCase PathMutation()
    {
        var segments = new List<string> { "taxii2", Hub.Root, "collections", Hub.Collection, "objects", "indicator--6f3c1a52-4a8e-4c55-9d55-0c1e3b7f0a01", "versions" };
        segments = segments.Take(_random.Next(0, segments.Count + 1)).ToList();
        for (var edits = _random.Next(1, 3); edits > 0; edits--)
        {
            var value = _random.Next(4) == 0 ? new string('x', _random.Next(100, 10_000)) : Pick(Hostile);
            if (segments.Count == 0 || _random.Next(2) == 0)
            {
                segments.Add(value);
            }
            else
            {
                segments[_random.Next(segments.Count)] = value;
            }
        }

        var path = "/" + string.Join("/", segments) + (_random.Next(2) == 0 ? "/" : "");
        return new FuzzCase("path", Http(Pick(["GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD"]), path.Replace(" ", "%20", StringComparison.Ordinal), null), ServerMayAnswer: true);
    }

    private FuzzCase HeaderMutation()
    {
        var headers = new List<(string, string)>();
        switch (_random.Next(6))
        {
            case 0:
                headers.Add(("Accept", Pick(["*/*", "", "application/taxii+json;version=9", "application/taxii+json;version=2.1;q=abc", "application/taxii+json;;;", new string(',', 5000)])));
                break;
            case 1:
                headers.Add(("Authorization", Pick(["Basic", "Basic !!!!", "Basic " + Convert.ToBase64String([0xFF, 0xFE, 0x3A, 0x00]), "Bearer ", "Bearer " + new string('k', 4000), "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("writer")), "Digest x"])));
                break;
            case 2:
                headers.Add(("Content-Type", Pick(["application/json", "application/taxii+json;version=2.1;charset=latin1", "", "text/plain", "multipart/form-data; boundary=x"])));
                break;
            case 3:
                for (var i = 0; i < _random.Next(90, 250); i++)
                {
                    headers.Add(($"X-Fuzz-{i}", "1"));
                }

                break;
            case 4:
                headers.Add(("X-Big", new string('h', _random.Next(10_000, 70_000))));
                break;
            default:
                headers.Add(("X-Request-Id", Pick(Hostile) + new string('r', _random.Next(0, 200))));
                break;
        }

        var post = _random.Next(2) == 0;
        return new FuzzCase("header", Http(post ? "POST" : "GET", post ? ObjectsPath : "/taxii2/", post ? Encoding.UTF8.GetBytes(Envelope(1)) : null, headers), ServerMayAnswer: true);
    }

    private FuzzCase FramingMutation()
    {
        var body = Encoding.UTF8.GetBytes(Envelope(_random.Next(1, 3)));
        var head = $"POST {ObjectsPath} HTTP/1.1\r\nHost: {host}\r\nAuthorization: {Auth}\r\nAccept: application/taxii+json;version=2.1\r\nContent-Type: application/taxii+json;version=2.1\r\nConnection: close\r\n";
        var (kind, raw, endEarly) = _random.Next(7) switch
        {
            0 => ("chunk size not hex", head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + Encoding.UTF8.GetString(body) + "\r\n0\r\n\r\n", false),
            1 => ("chunk size overflows", head + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n", false),
            2 => ("chunk without CRLF", head + $"Transfer-Encoding: chunked\r\n\r\n{body.Length:x}\r\n{Encoding.UTF8.GetString(body)}X0\r\n\r\n", false),
            3 => ("body ends early", head + $"Content-Length: {body.Length + 500}\r\n\r\n" + Encoding.UTF8.GetString(body), true),
            4 => ("chunked ends early", head + $"Transfer-Encoding: chunked\r\n\r\n{body.Length + 100:x}\r\n" + Encoding.UTF8.GetString(body), true),
            5 => ("length and chunked", head + $"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n{body.Length:x}\r\n{Encoding.UTF8.GetString(body)}\r\n0\r\n\r\n", false),
            _ => ("bad request line", Pick(["GARBAGE\r\n\r\n", "GET /taxii2/ HTTP/2.0\r\nHost: x\r\n\r\n", "GET  /taxii2/ HTTP/1.1\r\n\r\n", "GET /taxii2/ HTTP/1.1\r\nBad Header\r\n\r\n", "\u0016\u0003\u0001\u0000\r\n\r\n"]), false),
        };
        return new FuzzCase("framing: " + kind, Encoding.UTF8.GetBytes(raw), endEarly, ServerMayAnswer: true);
    }

    private FuzzCase AdminMutation()
    {
        var (method, path) = Pick<(string, string)>([("POST", "/admin/v1/accounts"), ("POST", "/admin/v1/grants"), ("PUT", "/admin/v1/accounts/writer"), ("POST", "/admin/v1/api-roots"), ("GET", "/admin/v1/audit"), ("POST", "/admin/v1/accounts/writer/keys")]);
        var bodies = new[]
        {
            "{\"name\":" + Pick(JsonValues) + ",\"password\":" + Pick(JsonValues) + "}",
            "{\"name\":\"" + Pick(Hostile) + "\",\"password\":\"" + new string('p', _random.Next(0, 5000)) + "\"}",
            Pick(JsonValues), "{", "{\"account\":\"writer\",\"collection\":" + Pick(JsonValues) + ",\"read\":" + Pick(JsonValues) + "}",
        };
        var body = method == "GET" ? null : Encoding.UTF8.GetBytes(Pick(bodies));
        var query = method == "GET" ? "?" + Pick(["limit=", "limit=-5", "next=" + Uri.EscapeDataString(Pick(Hostile)), "account=" + Uri.EscapeDataString(Pick(Hostile)), "since=garbage"]) : "";
        return new FuzzCase("admin", Http(method, path + query, body, [("Content-Type", "application/json")], AdminAuth, accept: "application/json"));
    }

    private FuzzCase SlowClient() =>
        new("slow client", Http("GET", "/" + Hub.CollectionUrl() + "objects/?limit=5", null), SlowHeaders: TimeSpan.FromMilliseconds(_random.Next(400, 1200)));

    private byte[] Http(string method, string target, byte[]? body, List<(string Name, string Value)>? extra = null, string? auth = null, string accept = "application/taxii+json;version=2.1")
    {
        var headers = new List<(string Name, string Value)>
        {
            ("Host", host),
            ("Authorization", auth ?? Auth),
            ("Accept", accept),
            ("Content-Type", "application/taxii+json;version=2.1"),
            ("Connection", "close"),
        };
        foreach (var (name, value) in extra ?? [])
        {
            headers.RemoveAll(h => h.Name == name);
            headers.Add((name, value));
        }

        if (body is not null)
        {
            headers.Add(("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var head = $"{method} {target} HTTP/1.1\r\n" + string.Concat(headers.Select(h => $"{h.Name}: {h.Value}\r\n")) + "\r\n";
        return [.. Encoding.UTF8.GetBytes(head), .. body ?? []];
    }
}
