package dev.scap.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.core.JsonGenerator;

class OutTest {

  private static final BiConsumer<JsonGenerator, Integer> ELEMENT = (json, n) -> {
    json.writeStartObject();
    json.writeStringProperty("id", "c" + n + (n % 7 == 0 ? "\u00e9\"\\" : ""));
    json.writeNumberProperty("score", n / 3.0);
    json.writeName("ids");
    json.writeStartArray();
    for (int i = 0; i < n % 5; i++) {
      json.writeString("p" + i);
    }
    json.writeEndArray();
    json.writeEndObject();
  };

  @Property(tries = 40)
  void writesTheElementsOfAnArrayInParallelAsOneGeneratorWritesThem(
      @ForAll @IntRange(min = 0, max = 3000) int count) throws IOException {
    List<Integer> elements = IntStream.range(0, count).boxed().toList();

    ByteArrayOutputStream one = new ByteArrayOutputStream();
    try (JsonGenerator json = Out.json(one)) {
      json.writeStartObject();
      json.writeStringProperty("before", "x");
      json.writeName("all");
      json.writeStartArray();
      elements.forEach(element -> ELEMENT.accept(json, element));
      json.writeEndArray();
      json.writeNumberProperty("after", 1);
      json.writeEndObject();
    }
    ByteArrayOutputStream parallel = new ByteArrayOutputStream();
    try (JsonGenerator json = Out.json(parallel)) {
      json.writeStartObject();
      json.writeStringProperty("before", "x");
      json.writeName("all");
      json.writeStartArray();
      Out.jsonElements(json, parallel, elements, ELEMENT);
      json.writeEndArray();
      json.writeNumberProperty("after", 1);
      json.writeEndObject();
    }

    assertThat(parallel.toByteArray()).isEqualTo(one.toByteArray());
  }
}
