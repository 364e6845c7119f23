# Ruby icalendar (Debian's ruby-icalendar, used by Rails apps): each VEVENT as 'UID START END' in UTC, one a line.
# Parsed strictly; times converted by the gem through the file's own VTIMEZONE (its TimezoneStore). A TZID the gem
# leaves unresolved, an invalid calendar or any exception is a FAIL line.
# Usage: ruby read_icalendar.rb FILE.ics
require 'date'
require 'stringio'
require 'icalendar'

Icalendar.logger.level = Logger::FATAL if Icalendar.respond_to?(:logger)

def utc(value)
  time = value.respond_to?(:value) ? value.value : value
  tzid = Array(value.ical_params['tzid']).first
  raise "TZID #{tzid} not resolved (#{time.class})" if time.is_a?(DateTime) || !time.respond_to?(:utc)
  time.dup.utc.strftime('%Y-%m-%dT%H:%M:%SZ')
end

begin
  calendars = Icalendar::Parser.new(File.binread(ARGV[0]).force_encoding('UTF-8'), true).parse
  raise "#{calendars.size} calendars" unless calendars.size == 1
  raise 'Calendar#valid?(true) is false' unless calendars[0].valid?(true)
  calendars[0].events.each do |event|
    puts "#{event.uid} #{utc(event.dtstart)} #{utc(event.dtend)}"
  end
rescue StandardError => e
  puts "FAIL #{e.class}: #{e.message.gsub(/\s+/, ' ')}"
  exit 1
end
