#pragma once

#include "SopsTree.h"
#include "common/Error.h"

#include <optional>
#include <string>
#include <string_view>

namespace fleetdesk {

/// Scalar typing and formatting the way sops (Go, go-yaml v3, encoding/json) does it.
class SopsScalar
{
public:
    /// Resolves an unquoted YAML scalar like go-yaml v3 decoding into interface{}: null, bool, int (ParseInt base 0
    /// after removing '_', 0b/0o prefixes), float (YAML float syntax, .inf, .nan), timestamp, else string. The node's
    /// text is the canonical plaintext (sops ToBytes). Integers beyond int64 are an error, as in sops.
    static Result<SopsNode> resolvePlain(std::string_view plain);
    /// True when an unquoted `text` would not read back as the string `text` (so it must be quoted).
    static bool plainWouldChangeType(std::string_view text);

    /// Go strconv.FormatFloat(v, 'f', -1, 64): the SOPS plaintext of a float.
    static std::string goFixed(double v);
    /// Go strconv.FormatFloat(v, 'g', -1, 64) with go-yaml's .inf/.nan spelling: how sops writes floats in YAML.
    static std::string yamlFloat(double v);
    /// Go encoding/json float formatting.
    static std::string jsonFloat(double v);
    /// Parses a float plaintext (Go ParseFloat spelling, incl. NaN/+Inf/-Inf).
    static std::optional<double> parseFloat(std::string_view text);
    /// Canonical time.MarshalText (RFC 3339 with trimmed nanoseconds) of a YAML timestamp, if it is one.
    static std::optional<std::string> canonicalTime(std::string_view text);
    /// Canonical decimal of a Go ParseInt(…, 0, 64) literal (underscores already removed by the caller or not).
    static std::optional<long long> parseGoInt(std::string_view text);
    /// Go strconv.ParseBool.
    static std::optional<bool> parseGoBool(std::string_view text);
};

} // namespace fleetdesk
