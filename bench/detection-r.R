# Times R's surveillance package on the series that bench/detection.bench.ts wrote, and
# writes R's timings and its results for a sample of series as JSON for the comparison.
#
#   Rscript bench/detection-r.R <series.csv> <out.json> <earsSeries> <farringtonSeries> <b> <w> <sample>
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
sample_size <- as.integer(args[[7]])

lines <- readLines(input)
n_read <- max(ears_series, farrington_series)
observed <- sapply(strsplit(lines[seq_len(n_read)], ",", fixed = TRUE), as.numeric)

alarm_string <- function(a) paste(ifelse(is.na(a), "-", ifelse(a, "1", "0")), collapse = "")

# Time one call; keep the results of the first `sample_size` series for the comparison.
timed <- function(n, run) {
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

ears <- function(method, threshold) {
  timed(ears_series, function(s) {
    earsC(s, control = list(method = method, alpha = 1 - pnorm(threshold)))
  })
}

report <- list(
  r = paste0(R.version$major, ".", R.version$minor),
  surveillance = as.character(packageVersion("surveillance")),
  C1 = ears("C1", 3),
  C2 = ears("C2", 3),
  C3 = ears("C3", 2),
  farrington = timed(farrington_series, function(s) {
    farringtonFlexible(s, control = list(b = b, w = w, glmWarnings = FALSE))
  })
)
writeLines(toJSON(report, auto_unbox = TRUE, digits = NA, na = "null"), output)
