package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.grassroots.governance.grid.GridFusion;

/**
 * Writes a {@link GridFusion.Result} (多网融合结果) as {@code {layers, fusedGrids, mapping,
 * conflicts}}: the layers it was computed from, then the derived data — fused grid → its
 * buildings, layer → (layer grid → fused grids), and each building whose layers disagree with its
 * grid in every layer ({@code null} where a layer lacks it). Read by {@link GridFusionResultForm},
 * which fuses the layers again. Schema: {@code hierarchy.schema.json} ({@code gridFusion}).
 */
final class GridFusionResultSerializer extends StdSerializer<GridFusion.Result> {
  private static final long serialVersionUID = 1L;

  GridFusionResultSerializer() {
    super(GridFusion.Result.class);
  }

  @Override
  public void serialize(GridFusion.Result r, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(r);
    provider.defaultSerializeField("layers", r.layers(), gen);
    provider.defaultSerializeField("fusedGrids", r.fusedGrids(), gen);
    provider.defaultSerializeField("mapping", r.mapping(), gen);
    provider.defaultSerializeField("conflicts", r.conflicts(), gen);
    gen.writeEndObject();
  }
}
