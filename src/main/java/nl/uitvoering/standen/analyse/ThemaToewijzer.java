package nl.uitvoering.standen.analyse;

import java.util.List;

/** Decides which themes one bottleneck belongs to. An empty answer means: no known theme fits. */
public interface ThemaToewijzer {

    List<Toewijzing> wijsToe(KnelpuntTekst knelpunt);
}
