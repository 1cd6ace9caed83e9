'use client'

import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
  type ChartOptions,
} from 'chart.js'
import { useEffect, useRef, useState } from 'react'
import { Bar, Line } from 'react-chartjs-2'

// Only what these two charts use (tree-shaken Chart.js).
ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend)

export type ChartSeries = {
  /** Short, for the legend (CAT-2, Facebook). */
  label: string
  /** Long, for the tooltip (the category's name). */
  title?: string
  color: string
  values: (number | null)[]
}

export type ReportChartsProps = {
  locale: string
  monthLabels: string[]
  postsTitle: string
  postsAxis: string
  posts: ChartSeries[]
  followersTitle: string
  followersAxis: string
  followers: ChartSeries[]
  emptyFollowers: string
}

/**
 * The report's two charts: posts per month stacked by category (the categories' own colours), and
 * followers per network (last snapshot of each month; a month without one is a gap, not a zero).
 * `data-ready` turns true once drawn, for the browser tests and for printing.
 */
export function ReportCharts(props: ReportChartsProps) {
  const [drawn, setDrawn] = useState({ posts: false, followers: props.followers.length === 0 })
  const bar = useRef<ChartJS<'bar'>>(null)
  const line = useRef<ChartJS<'line'>>(null)
  // Chart.js does not follow print styles by itself: resize to the print layout and back.
  useEffect(() => {
    const resize = () => {
      bar.current?.resize()
      line.current?.resize()
    }
    const print = window.matchMedia('print')
    print.addEventListener('change', resize)
    window.addEventListener('beforeprint', resize)
    window.addEventListener('afterprint', resize)
    return () => {
      print.removeEventListener('change', resize)
      window.removeEventListener('beforeprint', resize)
      window.removeEventListener('afterprint', resize)
    }
  }, [])
  const onComplete = (chart: 'posts' | 'followers') => () =>
    setDrawn((previous) => (previous[chart] ? previous : { ...previous, [chart]: true }))
  const number = new Intl.NumberFormat(props.locale)
  const separator = props.locale.startsWith('fr') ? ' : ' : ': '
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    locale: props.locale,
    plugins: { legend: { position: 'bottom' as const, labels: { boxWidth: 12, font: { size: 11 } } } },
  }
  const barOptions: ChartOptions<'bar'> = {
    ...common,
    animation: { duration: 300, onComplete: onComplete('posts') },
    plugins: {
      ...common.plugins,
      tooltip: {
        callbacks: { label: (item) => `${props.posts[item.datasetIndex]?.title ?? item.dataset.label}${separator}${item.formattedValue}` },
      },
    },
    scales: {
      x: { stacked: true },
      y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: props.postsAxis } },
    },
  }
  const lineOptions: ChartOptions<'line'> = {
    ...common,
    animation: { duration: 300, onComplete: onComplete('followers') },
    spanGaps: true,
    scales: {
      y: {
        beginAtZero: false,
        ticks: { callback: (value) => number.format(Number(value)) },
        title: { display: true, text: props.followersAxis },
      },
    },
  }
  return (
    <div className="balises-report__charts" data-testid="report-charts" data-ready={drawn.posts && drawn.followers ? 'true' : 'false'}>
      <figure className="balises-report__chart">
        <figcaption>{props.postsTitle}</figcaption>
        <div className="balises-report__canvas">
          <Bar
            ref={bar}
            aria-label={props.postsTitle}
            role="img"
            options={barOptions}
            data={{
              labels: props.monthLabels,
              datasets: props.posts.map((series) => ({
                label: series.label,
                data: series.values,
                backgroundColor: series.color,
                borderWidth: 0,
              })),
            }}
          />
        </div>
      </figure>
      <figure className="balises-report__chart">
        <figcaption>{props.followersTitle}</figcaption>
        {props.followers.length === 0 ? (
          <p className="balises-report__empty">{props.emptyFollowers}</p>
        ) : (
          <div className="balises-report__canvas">
            <Line
              ref={line}
              aria-label={props.followersTitle}
              role="img"
              options={lineOptions}
              data={{
                labels: props.monthLabels,
                datasets: props.followers.map((series) => ({
                  label: series.label,
                  data: series.values,
                  borderColor: series.color,
                  backgroundColor: series.color,
                  tension: 0.2,
                  pointRadius: 3,
                })),
              }}
            />
          </div>
        )}
      </figure>
    </div>
  )
}
