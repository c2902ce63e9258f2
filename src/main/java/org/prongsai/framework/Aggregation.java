package org.prongsai.framework;

/** How scores roll up; each method is a setting because the NACC manual could not be checked. */
public record Aggregation(
        QuestionMethod question,
        IndicatorMethod indicator,
        OitIndicatorMethod oitIndicator,
        ToolMethod tool,
        ChannelMethod eitChannels,
        TotalMethod total,
        Provenance provenance) {

    public enum QuestionMethod {
        /** Each sub-item's mean over respondents, then the mean of the sub-items. */
        MEAN_OF_SUB_ITEMS
    }

    public enum IndicatorMethod {
        MEAN_OF_QUESTIONS
    }

    public enum OitIndicatorMethod {
        MEAN_OF_ITEMS,
        MEAN_OF_SUB_INDICATORS
    }

    public enum ToolMethod {
        MEAN_OF_INDICATORS
    }

    public enum ChannelMethod {
        /** EP and ES answers counted together, as one sample. */
        POOLED,
        /** EP and ES scored apart, then averaged. */
        MEAN_OF_CHANNELS
    }

    public enum TotalMethod {
        /** Tools weighted by their weights (30/30/40). */
        WEIGHTED_TOOLS
    }
}
