# Times R's surveillance package on the series that bench/detection.bench.ts wrote, and
# writes R's timings and its results for a sample of series as JSON for the comparison.
#
#   Rscript bench/detection-r.R <series.csv> <out.json> <earsSeries> <farringtonSeries> <b> <w> \
#     <earsSample> <farringtonSample>
#
# series.csv: one series per line, comma-separated weekly counts, no header.

suppressPackageStartupMessages({
  library(surveillance)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
input <- args[[1]]
output <- args[[2]]
ears_series <- as.integer(args[[3]])
farrington_series <- as.integer(args[[4]])
b <- as.integer(args[[5]])
w <- as.integer(args[[6]])
ears_sample <- as.integer(args[[7]])
farrington_sample <- as.integer(args[[8]])

lines <- readLines(input)
n_read <- max(ears_series, farrington_series)
observed <- sapply(strsplit(lines[seq_len(n_read)], ",", fixed = TRUE), as.numeric)

alarm_string <- function(a) paste(ifelse(is.na(a), "-", ifelse(a, "1", "0")), collapse = "")

# Time one call; keep the results of the first `sample_size` series for the comparison.
timed <- function(n, sample_size, run) {
  s <- sts(observed = observed[, seq_len(n), drop = FALSE], start = c(2020, 1), frequency = 52)
  start <- proc.time()
  result <- run(s)
  used <- proc.time() - start
  k <- min(sample_size, n)
  list(
    series = n,
    seconds = used[["elapsed"]],
    cpuSeconds = used[["user.self"]] + used[["sys.self"]],
    upperbound = lapply(seq_len(k), function(j) {
      u <- as.numeric(upperbound(result)[, j])
      u[is.nan(u)] <- NA
      u
    }),
    alarm = I(vapply(seq_len(k), function(j) alarm_string(alarms(result)[, j]), ""))
  )
}

# earsC takes alpha, not z: report the z it used (qnorm(1 - alpha), within a few 1e-15 of the
# nominal one) with 17 digits, so that the comparison can give the engine the very same z.
ears <- function(method, threshold) {
  alpha <- 1 - pnorm(threshold)
  c(
    timed(ears_series, ears_sample, function(s) earsC(s, control = list(method = method, alpha = alpha))),
    list(threshold = sprintf("%.17g", qnorm(1 - alpha)))
  )
}

report <- list(
  r = paste0(R.version$major, ".", R.version$minor),
  surveillance = as.character(packageVersion("surveillance")),
  C1 = ears("C1", 3),
  C2 = ears("C2", 3),
  C3 = ears("C3", 2),
  farrington = timed(farrington_series, farrington_sample, function(s) {
    farringtonFlexible(s, control = list(b = b, w = w, glmWarnings = FALSE))
  })
)
writeLines(toJSON(report, auto_unbox = TRUE, digits = NA, na = "null"), output)
