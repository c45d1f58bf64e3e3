"use client"

export { ErrorScreen as default } from "@/components/error-screen"
