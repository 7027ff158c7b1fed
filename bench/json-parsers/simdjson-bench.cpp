// simdjson's DOM parse of one JSON file, repeated: its single-core throughput on this machine, to set beside
// skein's tape parser (`skein-bench parse`). Built and run by run.sh.
#include <simdjson.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

int main(int argc, char **argv) {
    if (argc < 2) { std::fprintf(stderr, "usage: simdjson-bench FILE [ROUNDS]\n"); return 2; }
    int rounds = argc > 2 ? std::atoi(argv[2]) : 10;
    simdjson::padded_string json;
    if (simdjson::padded_string::load(argv[1]).get(json)) { std::fprintf(stderr, "cannot read %s\n", argv[1]); return 1; }
    simdjson::dom::parser parser;
    std::vector<double> seconds;
    for (int round = 0; round < rounds; round++) {
        auto start = std::chrono::steady_clock::now();
        simdjson::dom::element doc;
        if (parser.parse(json).get(doc)) { std::fprintf(stderr, "not JSON\n"); return 1; }
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    double median = seconds[seconds.size() / 2];
    std::printf("simdjson %s (%s) dom::parse: %.1f ms, %.0f MB/s (median of %d)\n", STRINGIFY(SIMDJSON_VERSION),
                simdjson::get_active_implementation()->name().c_str(), median * 1e3, json.size() / median / (1 << 20), rounds);
    return 0;
}
